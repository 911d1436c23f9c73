package policy

import (
	"context"
	"fmt"
	"time"

	"github.com/fsnotify/fsnotify"
)

// watchDebounce is how long Watch waits after the last file event before it
// reloads, so that an editor's write-rename-chmod burst gives one reload.
const watchDebounce = 200 * time.Millisecond

// Watch reloads the policy whenever a file in Config.Dir or in one of
// Config.DataDirs changes, debounced. A failed reload keeps the working policy
// (Reload logs it and calls OnReload). Watch returns nil when ctx is done, at
// once if there is nothing on disk to watch, and an error if the watcher
// cannot start. SIGHUP handling belongs to cmd/candor, which calls Reload.
func (e *Engine) Watch(ctx context.Context) error {
	var dirs []string
	if e.cfg.Dir != "" {
		dirs = append(dirs, e.cfg.Dir)
	}
	dirs = append(dirs, e.cfg.DataDirs...)
	if len(dirs) == 0 {
		return nil
	}
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("%w: watch: %w", ErrLoad, err)
	}
	defer w.Close()
	for _, d := range dirs {
		if err := w.Add(d); err != nil {
			return fmt.Errorf("%w: watch %s: %w", ErrLoad, d, err)
		}
	}
	e.log.Info("watching policy files", "dirs", dirs)

	timer := time.NewTimer(time.Hour)
	timer.Stop()
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if ev.Has(fsnotify.Chmod) && !ev.Has(fsnotify.Write) {
				continue
			}
			timer.Reset(watchDebounce)
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			e.log.Warn("policy watcher error", "err", err)
		case <-timer.C:
			// Reload reports failures itself; the watcher keeps going.
			_ = e.Reload(ctx)
		}
	}
}
