# Thin wrapper over CMake presets. The README's quick start is `make run` and `make test`.
.PHONY: all deps configure build run test test-sanitize package format clean backend bench

JOBS ?= $(shell nproc)
BUILD_DIR := build/dev
SAN_DIR := build/sanitize
RUN_ARGS ?=

all: build

deps:
	@bash scripts/install-deps.sh

# Configure once; afterwards Ninja re-runs CMake by itself when a CMakeLists.txt changes.
$(BUILD_DIR)/build.ninja:
	cmake --preset dev

$(SAN_DIR)/build.ninja:
	cmake --preset sanitize

configure: deps
	cmake --preset dev

build: deps
	@$(MAKE) --no-print-directory $(BUILD_DIR)/build.ninja
	cmake --build --preset dev -j $(JOBS)

run: build
	@bash scripts/run-chairside.sh $(BUILD_DIR)/app/chairside $(RUN_ARGS)

test: build
	bash scripts/run-tests.sh $(BUILD_DIR)

test-sanitize: deps
	@$(MAKE) --no-print-directory $(SAN_DIR)/build.ninja
	cmake --build --preset sanitize -j $(JOBS)
	bash scripts/run-tests.sh $(SAN_DIR)

# Local Supabase look-alike (tests/support/localbase) on https://127.0.0.1:54321 for trying sync.
# State persists in build/localbase-state; BACKEND_ARGS e.g. "--seed empty --faults".
backend: build
	@bash scripts/localbase-run.sh $(BUILD_DIR)/bin/chairside-localbase $(BACKEND_ARGS)

# First sync of a large business against a SQLite bulk insert (docs/benchmarks.md, which it
# rewrites). Not part of `make test`. BENCH_RUNS=3 by default; see scripts/bench.sh.
bench: build
	bash scripts/bench.sh $(BUILD_DIR)

# A Release build packed by CPack (installer/CMakeLists.txt): build/release/chairside_VERSION_ARCH.deb
# and .tar.gz. `make test` checks the packaging of the dev build without this second build.
package: deps
	cmake --preset release
	cmake --build --preset release -j $(JOBS)
	cd build/release && cpack
	@ls -l build/release/chairside_*.deb build/release/chairside-*.tar.gz

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf build
