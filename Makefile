# Thin wrapper over CMake presets. The README's quick start is `make run` and `make test`.
.PHONY: all deps configure build run test test-sanitize format clean

JOBS ?= $(shell nproc)
BUILD_DIR := build/dev
SAN_DIR := build/sanitize
RUN_ARGS ?=

all: build

deps:
	@bash scripts/install-deps.sh

$(BUILD_DIR)/build.ninja: CMakeLists.txt CMakePresets.json | deps
	cmake --preset dev

configure: deps
	cmake --preset dev

build: deps configure
	cmake --build --preset dev -j $(JOBS)

run: build
	@bash scripts/run-chairside.sh $(BUILD_DIR)/app/chairside $(RUN_ARGS)

test: build
	bash scripts/run-tests.sh $(BUILD_DIR)

test-sanitize: deps
	cmake --preset sanitize
	cmake --build --preset sanitize -j $(JOBS)
	bash scripts/run-tests.sh $(SAN_DIR)

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf build
