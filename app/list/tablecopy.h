#pragma once

#include <QList>
#include <QStringList>

class QMimeData;

namespace erp::app {

// Rows as a spreadsheet takes them from the clipboard: text/plain with tabs between cells and
// a header row first, and text/html with the same table (numbers right-aligned). Cells are
// given as the user reads them; tabs and line breaks inside a cell become spaces.
QMimeData *tableMimeData(const QStringList &headers, const QList<QStringList> &rows, const QList<bool> &numeric);

} // namespace erp::app
