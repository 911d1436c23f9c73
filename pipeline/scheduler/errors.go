package scheduler

import "errors"

var (
	// ErrConfig means scheduler_config.json is malformed or names an
	// unsupported beta schedule, prediction type or timestep spacing.
	ErrConfig = errors.New("invalid scheduler config")
	// ErrUnknown means the scheduler name is not one of Names.
	ErrUnknown = errors.New("unknown scheduler")
	// ErrSteps means the number of inference steps is out of range.
	ErrSteps = errors.New("invalid number of steps")
	// ErrStep means Step was called out of order or with mismatched slices.
	ErrStep = errors.New("invalid scheduler step")
)
