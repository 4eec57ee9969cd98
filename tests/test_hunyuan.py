"The Tencent Hunyuan image-job client end to end through make_provider, against a scripted API on httpx2.MockTransport."

import contextlib, io, json, threading, time
from pathlib import Path
import httpx2
import pytest
from PIL import Image
from sciimg.cache import CallCache
from sciimg.providers import availability, make_provider
from sciimg.settings import Entry, MissingKeyError
import sciimg.provider_hunyuan as hy

SID, SKEY = "AKIDtest0000", "tencent-secret-key-for-tests"


def _img(fmt: str) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (16, 12), "navy").save(buf, fmt)
    return buf.getvalue()


class FakeAPI:
    """Scripted Hunyuan image-job API. Verifies every signature; `queries` holds the Query answers in order
    (a dict merged into Response, an int HTTP status, or a callable(job_id) -> dict); `submits` likewise for Submit."""

    def __init__(self, queries=(), submits=(), image=_img("PNG"), query_delay=0.0):
        self.queries, self.submits, self.image, self.delay = list(queries), list(submits), image, query_delay
        self.log, self.bad_sigs, self.downloads, self.jobs = [], 0, 0, 0
        self.active, self.max_active, self._lock = set(), 0, threading.Lock()

    def __call__(self, req: httpx2.Request) -> httpx2.Response:
        if req.method == "GET":
            self.downloads += 1
            return httpx2.Response(200, content=self.image)
        h = req.headers
        want = hy.tc3_authorization(
            SID, SKEY, "hunyuan", h["host"], req.content, int(h["x-tc-timestamp"]), h["content-type"]
        )
        self.bad_sigs += h["authorization"] != want
        body, action = json.loads(req.content), h["x-tc-action"]
        self.log.append((action, body, dict(h)))
        if action == hy.SUBMIT:
            return self._submit(body)
        if self.delay:
            time.sleep(self.delay)
        with self._lock:
            a = (
                self.queries.pop(0)
                if self.queries
                else {"JobStatusCode": "5", "ResultImage": [f"https://cos.example/{body['JobId']}.png?q-signature=s"]}
            )
        if isinstance(a, int):
            return httpx2.Response(a)
        if a.get("JobStatusCode") in ("4", "5"):
            with self._lock:
                self.active.discard(body["JobId"])
        return httpx2.Response(200, json={"Response": {**a, "RequestId": "rq"}})

    def _submit(self, body):
        a = self.submits.pop(0) if self.submits else None
        if isinstance(a, int):
            return httpx2.Response(a)
        if isinstance(a, dict):
            return httpx2.Response(200, json={"Response": {**a, "RequestId": "rs"}})
        with self._lock:
            self.jobs += 1
            job = f"job-{self.jobs}"
            self.active.add(job)
            self.max_active = max(self.max_active, len(self.active))
        return httpx2.Response(200, json={"Response": {"JobId": job, "RequestId": "rs"}})


@pytest.fixture
def keys(monkeypatch):
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", SID)
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", SKEY)


def _entry(**kw) -> Entry:
    return Entry(
        **{
            "role": "generator",
            "name": "hunyuan-image",
            "kind": "pixel",
            "provider": "hunyuan",
            "model": "hunyuan-image",
            "size": "1024x1024",
            "timeout": 20,
            "retries": 2,
            "price_image": 0.03,
            **kw,
        }
    )


def _provider(api: FakeAPI, naps: list | None = None, **kw):
    return make_provider(
        _entry(**kw),
        http_client=httpx2.Client(transport=httpx2.MockTransport(api)),
        sleep=(naps.append if naps is not None else (lambda s: None)),
        clock=lambda: 1767225600,
    )


def _done(job="job-1"):
    return {
        "JobStatusCode": "5",
        "JobStatusMsg": "处理完成",
        "ResultImage": [f"https://cos.ap-guangzhou.myqcloud.com/{job}.png?q-sign-algorithm=sha1&q-signature=abc"],
        "ResultDetails": ["Success"],
        "RevisedPrompt": ["revised: a pulley"],
    }


@pytest.mark.parametrize("fmt,mime", [("PNG", "image/png"), ("JPEG", "image/jpeg")])
def test_submit_wait_run_done_download(keys, fmt, mime):
    api, naps = FakeAPI([{"JobStatusCode": "1"}, {"JobStatusCode": "2"}, _done()], image=_img(fmt)), []
    r = _provider(api, naps, seed=7).generate_image("a pulley with two masses")
    assert (r.status, r.mime, r.cost_usd, r.retries, r.revised_prompt) == ("ok", mime, 0.03, 0, "revised: a pulley")
    assert Image.open(io.BytesIO(r.image)).size == (16, 12) and api.downloads == 1 and api.bad_sigs == 0
    assert naps == [hy.POLL_INTERVAL] * 2
    (a0, b0, h0), *polls = api.log
    assert a0 == "SubmitHunyuanImageJob" and b0 == {
        "Prompt": "a pulley with two masses",
        "LogoAdd": 0,
        "Resolution": "1024:1024",
        "Seed": 7,
    }
    assert [a for a, *_ in polls] == ["QueryHunyuanImageJob"] * 3 and all(b == {"JobId": "job-1"} for _, b, _ in polls)
    assert (h0["x-tc-version"], h0["x-tc-region"], h0["host"]) == (
        "2023-09-01",
        "ap-guangzhou",
        "hunyuan.tencentcloudapi.com",
    )
    assert r.raw["ResultImage"] == [
        "https://cos.ap-guangzhou.myqcloud.com/job-1.png"
    ]  # the signed query string is not kept


def test_status_4_is_a_failure_not_a_success(keys):
    api = FakeAPI(
        [
            {"JobStatusCode": "2"},
            {
                "JobStatusCode": "4",
                "JobErrorCode": "FailedOperation.DownloadError",
                "JobErrorMsg": "文件下载失败",
                "ResultImage": ["https://cos.example/x.png"],
            },
        ]
    )
    r = _provider(api).generate_image("x")
    assert r.status == "api_error" and r.image is None and api.downloads == 0
    assert "FailedOperation.DownloadError" in r.error and "文件下载失败" in r.error and r.cost_usd is None


@pytest.mark.parametrize(
    "code,msg",
    [
        ("OperationDenied.TextIllegalDetected", "文本包含违法违规信息"),
        ("OperationDenied.ImageIllegalDetected", "图片可能包含敏感信息"),
        ("FailedOperation.GenerateImageFailed", "图片包含敏感内容"),
    ],
)
def test_moderated_job_is_blocked(keys, code, msg):
    api = FakeAPI([{"JobStatusCode": "4", "JobErrorCode": code, "JobErrorMsg": msg}])
    r = _provider(api).generate_image("x")
    assert (r.status, r.retries, api.jobs, api.downloads) == ("blocked", 0, 1, 0) and code in r.error


def test_moderated_prompt_at_submit_is_blocked(keys):
    api = FakeAPI(
        submits=[{"Error": {"Code": "OperationDenied.TextIllegalDetected", "Message": "文本包含违法违规信息"}}]
    )
    r = _provider(api).generate_image("x")
    assert (r.status, r.retries, len(api.log)) == ("blocked", 0, 1)


def test_transient_job_failure_is_resubmitted_bounded(keys):
    fail = {"JobStatusCode": "4", "JobErrorCode": "FailedOperation.EngineServerError", "JobErrorMsg": "引擎层内部错误"}
    r = _provider(FakeAPI([fail, _done("job-2")])).generate_image("x")
    assert (r.status, r.retries) == ("ok", 1)
    api = FakeAPI([fail] * 3)
    r = _provider(api).generate_image("x")  # retries=2: three jobs, then give up
    assert (r.status, r.retries, api.jobs) == ("server_error", 2, 3)


def test_unknown_status_code_is_malformed_and_not_resubmitted(keys):
    api = FakeAPI([{"JobStatusCode": "3", "JobStatusMsg": "?"}])
    r = _provider(api).generate_image("x")
    assert (r.status, api.jobs, api.downloads) == ("malformed", 1, 0) and "'3'" in r.error
    r = _provider(FakeAPI([{"JobStatusMsg": "no code at all"}])).generate_image("x")
    assert r.status == "malformed"


def test_done_without_image_url_or_with_non_image_is_malformed(keys):
    assert _provider(FakeAPI([{"JobStatusCode": "5", "ResultImage": []}])).generate_image("x").status == "malformed"
    r = _provider(FakeAPI([_done()], image=b"<html>expired</html>")).generate_image("x")
    assert r.status == "malformed" and "not an image" in r.error


def test_polling_is_bounded_by_the_entry_timeout(keys):
    api, naps = FakeAPI([{"JobStatusCode": "2"}] * 50), []
    r = _provider(api, naps, timeout=10).generate_image("x")
    assert r.status == "timeout" and r.retries == 0 and api.jobs == 1
    assert sum(naps) <= 10 and len(api.log) - 1 == 5  # ceil(10 s / 2 s) polls, no resubmission


def test_http_429_and_5xx(keys):
    api = FakeAPI([429, 502, _done()])
    r = _provider(api).generate_image("x")
    assert (r.status, r.retries, api.jobs) == ("ok", 0, 1)  # transient poll failures are polled again, not resubmitted
    api = FakeAPI([503] * 4 + [_done(), _done()])
    r = _provider(api).generate_image("x")  # ... but only POLL_MISSES times in a row; then the base retry resubmits
    assert (r.status, r.retries, api.jobs) == ("ok", 1, 2)
    api = FakeAPI(submits=[503, 503, 503])
    r = _provider(api).generate_image("x")
    assert (r.status, r.retries, len(api.log)) == ("server_error", 2, 3) and "HTTP 503" in r.error


@pytest.mark.parametrize(
    "code,status,tries",
    [
        ("RequestLimitExceeded.UinLimitExceeded", "rate_limited", 3),
        ("InternalError", "server_error", 3),
        ("AuthFailure.SignatureFailure", "auth_error", 1),
        ("InvalidParameterValue.ParameterValueError", "config_error", 1),
        ("ResourceUnavailable.InArrears", "auth_error", 1),
        ("FailedOperation.DownloadError", "api_error", 1),
    ],
)
def test_error_envelope(keys, code, status, tries):
    api = FakeAPI(submits=[{"Error": {"Code": code, "Message": "m"}}] * 3)
    r = _provider(api).generate_image("x")
    assert (r.status, len(api.log)) == (status, tries) and code in r.error and "RequestId rs" in r.error
    if code.startswith("AuthFailure"):
        assert "TENCENTCLOUD_SECRET_ID" in r.error


def test_missing_keys_name_the_variables(monkeypatch):
    monkeypatch.delenv("TENCENTCLOUD_SECRET_ID", raising=False)
    monkeypatch.delenv("TENCENTCLOUD_SECRET_KEY", raising=False)
    with pytest.raises(MissingKeyError, match="TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY"):
        _provider(FakeAPI())
    assert availability(_entry())[0] is False and "TENCENTCLOUD_SECRET_KEY" in availability(_entry())[1]
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", SKEY)
    with pytest.raises(MissingKeyError, match=r"set TENCENTCLOUD_SECRET_ID$"):
        _provider(FakeAPI())
    with pytest.raises(Exception, match="api_key_env"):
        _provider(FakeAPI(), api_key_env="MY_KEY")


def test_secrets_never_leave_the_process(keys, tmp_path):
    api = FakeAPI([_done()])
    p = make_provider(
        _entry(),
        cache=CallCache(tmp_path / "cache"),
        http_client=httpx2.Client(transport=httpx2.MockTransport(api)),
        sleep=lambda s: None,
    )
    r = p.generate_image("x")
    assert r.status == "ok" and r.raw["JobId"] == "job-1"
    sent = b"".join(json.dumps(h).encode() + json.dumps(b).encode() for _, b, h in api.log)
    assert SKEY.encode() not in sent  # only the signature is sent
    stored = b"".join(f.read_bytes() for f in Path(tmp_path / "cache").rglob("*") if f.is_file())
    assert b"job-1" in stored and b"revised: a pulley" in stored  # the result was stored ...
    assert (
        SKEY.encode() not in stored and SID.encode() not in stored and b"q-signature" not in stored
    )  # ... without secrets


def _overlap(providers, n_threads=2):
    "Run one generation per thread (round-robin over `providers`); the API's maximum number of simultaneous jobs."
    api = providers[0][1]
    ts = [
        threading.Thread(target=providers[i % len(providers)][0].generate_image, args=(f"prompt {i}",))
        for i in range(n_threads)
    ]
    for t in ts:
        t.start()
    for t in ts:
        t.join(30)
    return api.max_active, api.jobs


def _pair(api, **kw):
    "A provider whose poll sleeps are short but real, so threads interleave."
    return make_provider(
        _entry(**kw), http_client=httpx2.Client(transport=httpx2.MockTransport(api)), sleep=lambda s: time.sleep(0.01)
    )


def test_one_job_at_a_time(keys):
    api = FakeAPI([{"JobStatusCode": "2"}, _done(), {"JobStatusCode": "2"}, _done()], query_delay=0.05)
    p = _pair(api, concurrency=4)
    assert p.entry.concurrency == 1
    assert _overlap([(p, api)]) == (1, 2)  # two threads, one provider
    api = FakeAPI([{"JobStatusCode": "1"}, {"JobStatusCode": "2"}, _done()] * 2, query_delay=0.05)
    assert _overlap([(_pair(api, concurrency=4), api), (_pair(api, name="other", concurrency=4), api)]) == (
        1,
        2,
    )  # two entries, one account


def test_overlap_detector_can_fail(keys, monkeypatch):
    "Control: without the per-account lock two providers do overlap, so the check above is able to fail."
    monkeypatch.setattr(hy, "job_lock", lambda secret_id: contextlib.nullcontext())
    api = FakeAPI([{"JobStatusCode": "2"}] * 4 + [_done(), _done()], query_delay=0.05)
    assert _overlap([(_pair(api), api), (_pair(api, name="other"), api)]) == (2, 2)


def test_signature_matches_official_sdk(monkeypatch):
    "Our Authorization header equals the one tencentcloud-sdk-python-common computes for the same request (skipped without it)."
    ac = pytest.importorskip("tencentcloud.common.abstract_client")
    from tencentcloud.common.common_client import CommonClient
    from tencentcloud.common.credential import Credential
    from tencentcloud.common.http.request import RequestInternal

    monkeypatch.setattr(ac.time, "time", lambda: 1767225600)
    params = {"Prompt": "一个斜面上的木块, labelled θ = 30°", "LogoAdd": 0, "Resolution": "1024:1024", "Seed": 3}
    req = RequestInternal("hunyuan.tencentcloudapi.com", "POST", "/")
    CommonClient("hunyuan", "2023-09-01", Credential(SID, SKEY), "ap-guangzhou")._build_req_inter(
        "SubmitHunyuanImageJob", params, req
    )
    assert req.data.encode() == json.dumps(params).encode()  # same body bytes as our client sends
    ours = hy.tc3_authorization(
        SID, SKEY, "hunyuan", req.header["Host"], req.data.encode(), 1767225600, req.header["Content-Type"]
    )
    assert req.header["Content-Type"] == hy.CONTENT_TYPE and ours == req.header["Authorization"]
    assert (
        hy.tc3_authorization(SID, SKEY + "x", "hunyuan", req.header["Host"], req.data.encode(), 1767225600)
        != req.header["Authorization"]
    )
    assert {k: req.header[k] for k in ("X-TC-Action", "X-TC-Version", "X-TC-Region", "X-TC-Timestamp")} == {
        "X-TC-Action": hy.SUBMIT,
        "X-TC-Version": hy.VERSION,
        "X-TC-Region": hy.DEFAULT_REGION,
        "X-TC-Timestamp": "1767225600",
    }


def test_registry_entry():
    from sciimg.settings import load_settings

    e = load_settings(Path(__file__).resolve().parents[1] / "settings.ini").entry("generator", "hunyuan-image")
    assert (e.provider, e.kind, e.display_name) == ("hunyuan", "pixel", "HunyuanImage-3.0") and e.timeout >= 120
