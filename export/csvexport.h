#pragma once

#include "tabledata.h"

#include <QString>

namespace erp::exporting {

// Writes the table as CSV for a spreadsheet of `language` ("cs" or "en", a locale name such
// as "cs_CZ" counts as its language): UTF-8 with a BOM, a header row of the titles, CRLF
// line ends, fields quoted as RFC 4180 says; Czech separates with ";" and writes decimal
// commas, English "," and points. Decimals are written exactly as sent, dates ISO
// ("2026-12-01", "2026-12-01 09:30:00" local); the totals row last. False with *error naming
// the path, language, row or column at fault; an existing file is then left as it was.
bool writeCsv(const QString &path, const TableData &table, const QString &language, QString *error);

} // namespace erp::exporting
