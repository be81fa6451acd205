#include "tabledata.h"

#include <QCoreApplication>

namespace erp::exporting {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

int fractionDigits(const QCborValue &value)
{
    if (!value.isString())
        return 0;
    const QString text = value.toString();
    const qsizetype dot = text.indexOf(u'.');
    return dot < 0 ? 0 : int(text.size() - dot - 1);
}

// The value a row shows in a column: references by name, enumerations by title.
QCborValue shownValue(const TableColumn &column, const QCborMap &row)
{
    const QCborValue value = row.value(column.name);
    if (column.type == ColumnType::Ref) {
        const QCborValue display = row.value(QStringLiteral("display")).toMap().value(column.name);
        if (display.isString())
            return display;
        if (value.isMap())
            return value.toMap().value(QStringLiteral("name"));
        // An object the caller may not see, or none: shown empty, as the list shows it.
        return value.isNull() || value.isUndefined() ? value : QCborValue(QString());
    }
    if (!column.labels.isEmpty() && column.type == ColumnType::String && value.isString())
        return column.labels.value(value.toString(), value.toString());
    return value;
}

QCborArray rowValues(const QList<TableColumn> &columns, const QCborMap &row)
{
    QCborArray values;
    for (const TableColumn &c : columns)
        values.append(shownValue(c, row));
    return values;
}

// The totals row says what it is in its first column when that column sums nothing.
QCborArray totalsRow(const QList<TableColumn> &columns, const QCborMap &totals)
{
    QCborArray values = rowValues(columns, totals);
    if (!columns.isEmpty() && columns.first().type == ColumnType::String
        && (values.at(0).isNull() || values.at(0).isUndefined()))
        values[0] = Text::tr("Total");
    return values;
}

} // namespace

std::optional<ColumnType> columnTypeOf(const QString &typeName)
{
    static const QHash<QString, ColumnType> types{
        {QStringLiteral("string"), ColumnType::String},   {QStringLiteral("text"), ColumnType::String},
        {QStringLiteral("enum"), ColumnType::String},     {QStringLiteral("integer"), ColumnType::Integer},
        {QStringLiteral("decimal"), ColumnType::Decimal}, {QStringLiteral("money"), ColumnType::Money},
        {QStringLiteral("percent"), ColumnType::Percent}, {QStringLiteral("date"), ColumnType::Date},
        {QStringLiteral("datetime"), ColumnType::DateTime}, {QStringLiteral("ref"), ColumnType::Ref},
        {QStringLiteral("boolean"), ColumnType::Boolean}};
    const auto it = types.constFind(typeName);
    return it == types.constEnd() ? std::nullopt : std::optional<ColumnType>(*it);
}

std::optional<TableData> tableFromReport(const QCborMap &answer, QString *error)
{
    const QCborValue columns = answer.value(QStringLiteral("columns"));
    const QCborValue rows = answer.value(QStringLiteral("rows"));
    if (!columns.isArray() || !rows.isArray()) {
        *error = Text::tr("the report's answer has no columns and rows");
        return std::nullopt;
    }
    TableData table;
    qsizetype index = 0;
    for (const QCborValue &c : columns.toArray()) {
        ++index;
        const QCborMap column = c.toMap();
        const std::optional<ColumnType> type = columnTypeOf(column.value(QStringLiteral("type")).toString());
        const QString name = column.value(QStringLiteral("name")).toString();
        if (name.isEmpty() || !type || column.value(QStringLiteral("type")).toString() == QLatin1String("boolean")) {
            *error = Text::tr("columns[%1]: a column needs a name and a report column type, got \"%2\" of type \"%3\"")
                         .arg(index)
                         .arg(name, column.value(QStringLiteral("type")).toString());
            return std::nullopt;
        }
        table.columns.append({name, column.value(QStringLiteral("title")).toString(name), *type,
                              *type == ColumnType::Money || *type == ColumnType::Percent ? 2 : 0});
    }
    for (const QCborValue &r : rows.toArray())
        table.rows.append(rowValues(table.columns, r.toMap()));
    const QCborMap totals = answer.value(QStringLiteral("totals")).toMap();
    if (!totals.isEmpty())
        table.totals = totalsRow(table.columns, totals);
    // report.describe gives no scale: a decimal column shows as many decimals as its values have.
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        TableColumn &column = table.columns[i];
        if (column.type != ColumnType::Decimal)
            continue;
        for (const QCborArray &row : std::as_const(table.rows))
            column.scale = qMax(column.scale, fractionDigits(row.at(i)));
    }
    return table;
}

std::optional<TableColumn> listColumn(const QCborMap &field, QString *error)
{
    const QString name = field.value(QStringLiteral("name")).toString();
    const QString typeName = field.value(QStringLiteral("type")).toString();
    const std::optional<ColumnType> type = columnTypeOf(typeName);
    if (name.isEmpty() || !type || typeName == QLatin1String("percent")) {
        *error = Text::tr("%1: a list cannot export a field of type \"%2\"").arg(name, typeName);
        return std::nullopt;
    }
    const int scale = *type == ColumnType::Money ? 2 : int(field.value(QStringLiteral("scale")).toInteger());
    return TableColumn{name, field.value(QStringLiteral("title")).toString(name), *type, scale};
}

void appendListPage(TableData &table, const QCborMap &page)
{
    for (const QCborValue &r : page.value(QStringLiteral("rows")).toArray())
        table.rows.append(rowValues(table.columns, r.toMap()));
    if (page.contains(QStringLiteral("totals")))
        table.totals = totalsRow(table.columns, page.value(QStringLiteral("totals")).toMap());
}

TableData tableFromList(const QList<TableColumn> &columns, const QList<QCborMap> &pages)
{
    TableData table{columns, {}};
    for (const QCborMap &page : pages)
        appendListPage(table, page);
    return table;
}

} // namespace erp::exporting
