#pragma once

namespace Chairside {
// Registers the compiled-in .qm files (:/i18n/chairside_<lang>.qm) of the static library.
void initTranslationResources();
} // namespace Chairside
