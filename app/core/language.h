#pragma once

#include <QString>

namespace erp::app {

// The language of the user interface: the one chosen in the settings, else the system's.
// Numbers and dates follow it too (Czech: "1 234,50", "27.11.2026").
QString preferredLanguage(); // "" means "as the system"
void setPreferredLanguage(const QString &language);
QString currentLanguage();   // "cs" or "en"
// Installs our and Qt's translations for currentLanguage() and sets the default locale.
void applyLanguage();

} // namespace erp::app
