package main

import (
	"encoding/base64"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestOpenAISDK drives POST /v1/images/generations with the official OpenAI
// Node SDK (npm openai, installed by `make openai-sdk` into a cache folder):
// existing clients just work, and their errors carry OpenAI's shape.
func TestOpenAISDK(t *testing.T) {
	requireORT(t)
	sdk := os.Getenv("CANDOR_OPENAI_SDK_DIR")
	if _, err := os.Stat(filepath.Join(sdk, "node_modules", "openai", "package.json")); sdk == "" || err != nil {
		if os.Getenv("CANDOR_REQUIRE_OPENAI_SDK") == "1" {
			t.Fatalf("CANDOR_REQUIRE_OPENAI_SDK=1 but the OpenAI SDK is not in %q (make openai-sdk)", sdk)
		}
		t.Skip("CANDOR_OPENAI_SDK_DIR not set (make openai-sdk)")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node is needed for the OpenAI SDK test")
	}
	data := t.TempDir()
	key := newKey(t, data, "sdk", "generate")
	url, _ := startServe(t, serveOptions{dataDir: data, modelDir: builtinModel(t)})

	out, err := exec.Command(node, filepath.Join("testdata", "openai_sdk.mjs"), "--sdk-dir", sdk, "--base-url", url, "--key", key).CombinedOutput()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	var got struct {
		Created int64    `json:"created"`
		Images  []string `json:"images"`
		Candor  struct {
			Images []struct {
				ManifestID string  `json:"manifest_id"`
				AuditIndex *uint64 `json:"audit_index"`
			} `json:"images"`
		} `json:"candor"`
		Denied    sdkError `json:"denied"`
		URLFormat sdkError `json:"url_format"`
		BadKey    sdkError `json:"bad_key"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if got.Created == 0 || len(got.Images) != 2 || len(got.Candor.Images) != 2 {
		t.Fatalf("generate through the SDK: %s", out)
	}
	for i, magic := range got.Images {
		if magic != "89504e470d0a1a0a" {
			t.Errorf("image %d is not a PNG: %s", i, magic)
		}
		if c := got.Candor.Images[i]; c.ManifestID == "" || c.AuditIndex == nil {
			t.Errorf("image %d: candor extension %+v", i, c)
		}
	}
	if got.Denied.Status != 400 || got.Denied.Code != "content_policy_violation" || len(got.Denied.Reasons) == 0 {
		t.Errorf("denied prompt through the SDK: %+v", got.Denied)
	}
	if got.URLFormat.Status != 400 {
		t.Errorf("response_format url: %+v", got.URLFormat)
	}
	if got.BadKey.Status != 401 || got.BadKey.Name != "AuthenticationError" {
		t.Errorf("bad key: %+v", got.BadKey)
	}
}

// sdkError is what the SDK's thrown error said.
type sdkError struct {
	Status  int               `json:"status"`
	Code    string            `json:"code"`
	Name    string            `json:"name"`
	Reasons []json.RawMessage `json:"reasons"`
}

// TestOpenAISDKStream streams through the OpenAI Node SDK's own image
// streaming (openai@6.30.1, the newest release for Node 20: 4.x has no
// image streaming, 7.x wants Node 22): an SDK that supports image streaming
// works unchanged, previews first, then the signed image, and a denied
// prompt's error event surfaces as the SDK's error.
func TestOpenAISDKStream(t *testing.T) {
	requireORT(t)
	sdk := os.Getenv("CANDOR_OPENAI_STREAM_SDK_DIR")
	if _, err := os.Stat(filepath.Join(sdk, "node_modules", "openai", "package.json")); sdk == "" || err != nil {
		if os.Getenv("CANDOR_REQUIRE_OPENAI_SDK") == "1" {
			t.Fatalf("CANDOR_REQUIRE_OPENAI_SDK=1 but the streaming OpenAI SDK is not in %q (make openai-sdk)", sdk)
		}
		t.Skip("CANDOR_OPENAI_STREAM_SDK_DIR not set (make openai-sdk)")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node is needed for the OpenAI SDK test")
	}
	data := t.TempDir()
	key := newKey(t, data, "sdk", "generate")
	url, _ := startServe(t, serveOptions{dataDir: data})
	out, err := exec.Command(node, filepath.Join("testdata", "openai_stream.mjs"), "--sdk-dir", sdk, "--base-url", url, "--key", key).CombinedOutput()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	var got struct {
		Version  string   `json:"version"`
		Events   []string `json:"events"`
		Partials []struct {
			Index int    `json:"index"`
			B64   string `json:"b64"`
		} `json:"partials"`
		Completed   string `json:"completed"`
		CompletedB4 string `json:"completed_b64"`
		Candor      struct {
			RequestID string `json:"request_id"`
		} `json:"candor"`
		Denied struct {
			Name, Message string
		} `json:"denied"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if len(got.Partials) < 2 || got.Partials[0].B64 == got.Partials[1].B64 || got.Partials[0].Index != 0 || got.Partials[1].Index != 1 {
		t.Fatalf("openai %s: previews %v", got.Version, got.Events)
	}
	if got.Completed != "89504e470d0a1a0a" || got.Events[len(got.Events)-1] != "image_generation.completed" || got.Candor.RequestID == "" {
		t.Fatalf("openai %s: events %v, completed %q", got.Version, got.Events, got.Completed)
	}
	b, err := base64.StdEncoding.DecodeString(got.CompletedB4)
	if err != nil {
		t.Fatal(err)
	}
	trusted(t, b, data)
	if got.Denied.Name == "" || !strings.Contains(got.Denied.Message, "polic") {
		t.Errorf("a denied prompt through the streaming SDK: %+v", got.Denied)
	}
	t.Logf("openai %s: %v", got.Version, got.Events)
}
