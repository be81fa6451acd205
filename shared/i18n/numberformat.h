#pragma once

#include "decimal.h"

#include <QString>

namespace erp::i18n {

// The language chosen for this thread (ThreadLanguage), else the default.
QString currentLanguage();

// A number written the way the thread's language writes it, exactly (no double): "2.5" in
// English, "2,5" in Czech, thousands grouped ("1 234,5"). `trim` drops trailing zero
// decimals ("3" rather than "3.000").
QString formatNumber(const erp::Decimal &value, bool trim = true);

} // namespace erp::i18n
