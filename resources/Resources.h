#pragma once

namespace Chairside {
// Registers the compiled-in resources (icons, demo recipe) of the static resources library.
void initResources();
} // namespace Chairside
