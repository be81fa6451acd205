#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// A table to export: columns with their types, rows of values as the protocol sends them
// (decimals as text "1234.50", dates and moments ISO, references already as their names).
namespace erp::exporting {

enum class ColumnType { String, Integer, Decimal, Money, Percent, Date, DateTime, Ref, Boolean };

// The column type of a report column's type (report.describe) or a field's (meta.describe:
// text and enum are strings); nullopt for a type it does not know.
std::optional<ColumnType> columnTypeOf(const QString &typeName);

struct TableColumn
{
    QString name;
    QString title;
    ColumnType type = ColumnType::String;
    int scale = 0; // decimals shown: money 2, decimal its own, percent 2
    // An enumeration's values by their titles; a boolean's "true"/"false" texts in CSV.
    QHash<QString, QString> labels = {};
};

struct TableData
{
    QList<TableColumn> columns;
    QList<QCborArray> rows;  // one value per column
    QCborArray totals = {};  // empty, or one value per column (null where nothing is summed)
};

// The columns, rows and totals of a report.run answer: a row is a map by column name, a
// reference shows display.<name> (or the name of a value {id, name}); decimal columns take
// the scale of their most precise value. nullopt with *error naming what is wrong.
std::optional<TableData> tableFromReport(const QCborMap &reportRunAnswer, QString *error);

// A list column of a field as meta.describe sends it ({name, title, type, scale}); nullopt
// with *error for a type it cannot export.
std::optional<TableColumn> listColumn(const QCborMap &field, QString *error);
// Adds the rows of one catalog.list / document.list page (maps by field, references named in
// `display`, enumerations through the column's labels); a page with `totals` gives the table's.
void appendListPage(TableData &table, const QCborMap &page);
TableData tableFromList(const QList<TableColumn> &columns, const QList<QCborMap> &pages);

} // namespace erp::exporting
