#pragma once

#include "tabledata.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace erp::exporting {

// One value of a table checked against its column's type, as both writers take it.
struct TableCell
{
    enum class Kind { Empty, Text, Integer, Decimal, Date, DateTime, Boolean };
    Kind kind = Kind::Empty;
    QString text;       // Text; Decimal: exact, "-1234.50" with at least the column's scale
    qint64 integer = 0; // Integer
    QDate date;         // Date
    QDateTime dateTime; // DateTime, local (spreadsheets know no time zones)
    bool boolean = false;
};

// where names the value in errors ("rows[3].revenue"); false with *error on a wrong type.
bool tableCell(const TableColumn &column, const QCborValue &value, const QString &where, TableCell *cell,
               QString *error);

// Every row and the totals have one value per column; false with *error naming the row.
bool checkShape(const TableData &table, QString *error);

// Where a value is, for errors: "rows[3].revenue" (rows counted from 1), "totals.revenue".
QString rowPlace(qsizetype row, const TableColumn &column);
QString totalsPlace(const TableColumn &column);

// A decimal's text moved by `digits` places to the left ("12.5", 2 -> "0.125"): percentages
// as fractions without going through a division of doubles.
QString shiftedLeft(const QString &decimal, int digits);

} // namespace erp::exporting
