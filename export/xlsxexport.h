#pragma once

#include "tabledata.h"

#include <QString>
#include <QStringList>

namespace erp::exporting {

// Excel's limit of rows in a sheet, the header row not counted.
inline constexpr qsizetype MaxXlsxRows = 1048575;

// Writes the table as one sheet: the title and the header lines (the parameters) above it,
// the header row bold and frozen, an autofilter, widths from the content; numbers as numbers
// with their scale's format (percent as percent), dates as dates, totals bold. Numbers in a
// spreadsheet are doubles: exact to 15 significant digits. False with *error naming the path,
// row or column at fault; nothing is left at path then.
bool writeXlsx(const QString &path, const TableData &table, const QString &title, const QStringList &headerLines,
               QString *error);

} // namespace erp::exporting
