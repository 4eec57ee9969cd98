"One HTTP status table for every HTTP provider: the same answer from any server ends as the same status, retried alike."

import httpx2
import pytest
from sciimg.providers import RETRYABLE, ChatRequest, ImageRequest, Message, http_status, make_provider
from sciimg.settings import Entry

PROVIDERS = {  # provider -> (entry fields, environment, kind of call)
    "openai": ({"model": "gpt-x", "base_url": "https://llm.example.test/v1"}, {}, "chat"),
    "gemini": ({"model": "gemini-x"}, {"GEMINI_API_KEY": "test-key-not-secret"}, "chat"),
    "bfl": ({"kind": "pixel", "model": "flux-x"}, {"BFL_API_KEY": "test-key-not-secret"}, "image"),
    "hunyuan": (
        {"kind": "pixel", "model": "hunyuan-image"},
        {"TENCENTCLOUD_SECRET_ID": "test-id", "TENCENTCLOUD_SECRET_KEY": "test-key"},
        "image",
    ),
}


@pytest.mark.parametrize("code", [409, 408, 429, 503, 400, 404])
@pytest.mark.parametrize("provider", list(PROVIDERS))
def test_every_provider_maps_an_http_status_the_same_way(monkeypatch, provider, code):
    fields, env, kind = PROVIDERS[provider]
    for k in ("OPENAI_API_KEY", "GEMINI_API_KEY", "GOOGLE_API_KEY"):
        monkeypatch.delenv(k, raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    requests = []

    def server(req):
        requests.append(req.url)
        body = {"error": {"code": code, "message": f"status {code}", "status": "ABORTED"}}
        return httpx2.Response(code, json=body, headers={"retry-after": "0"})

    e = Entry(role="generator", name="t", provider=provider, retries=2, timeout=5, **fields)
    p = make_provider(e, http_client=httpx2.Client(transport=httpx2.MockTransport(server)), sleep=lambda s: None)
    if kind == "chat":
        r = p.chat(ChatRequest([Message("user", "Describe the figure.")]))
    else:
        r = p.generate_image(ImageRequest("a pulley"))
    retried = http_status(code) in RETRYABLE
    assert (r.status, r.retries, len(requests)) == (http_status(code), 2 if retried else 0, 3 if retried else 1), (
        r.error
    )
    assert str(code) in r.error


def test_409_is_decided_once():
    "409 Conflict is transient for the servers we call (OpenAI's lock timeout, Google's ABORTED): retried, bounded."
    assert http_status(409) == "server_error" and "server_error" in RETRYABLE
