#include "tablecell.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace erp::exporting {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

QString typeName(const QCborValue &value)
{
    switch (value.type()) {
    case QCborValue::Integer: return QStringLiteral("integer");
    case QCborValue::Double: return QStringLiteral("double");
    case QCborValue::String: return QStringLiteral("text");
    case QCborValue::True:
    case QCborValue::False: return QStringLiteral("boolean");
    case QCborValue::Array: return QStringLiteral("array");
    case QCborValue::Map: return QStringLiteral("map");
    default: return QStringLiteral("other");
    }
}

bool refuse(const QString &where, const QString &expected, const QCborValue &value, QString *error)
{
    const QString shown = value.isString() ? u'"' + value.toString().left(40) + u'"' : typeName(value);
    *error = Text::tr("%1: expected %2, got %3").arg(where, expected, shown);
    return false;
}

// Canonical text with at least `scale` decimals: zeros beyond it dropped, never a digit.
QString scaled(QString text, int scale)
{
    if (text.startsWith(u'+'))
        text.remove(0, 1);
    qsizetype dot = text.indexOf(u'.');
    if (dot < 0) {
        if (scale == 0)
            return text;
        text += u'.';
        dot = text.size() - 1;
    }
    while (text.size() - dot - 1 > scale && text.endsWith(u'0'))
        text.chop(1);
    if (text.size() - dot - 1 < scale)
        text += QString(scale - (text.size() - dot - 1), u'0');
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

bool decimalCell(const TableColumn &column, const QCborValue &value, const QString &where, TableCell *cell,
                 QString *error)
{
    static const QRegularExpression decimal(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
    QString text;
    if (value.isInteger())
        text = QString::number(value.toInteger());
    else if (value.isString() && decimal.match(value.toString()).hasMatch())
        text = value.toString();
    else
        return refuse(where, Text::tr("a decimal as text (\"1234.50\")"), value, error);
    cell->kind = TableCell::Kind::Decimal;
    cell->text = scaled(text, column.scale);
    return true;
}

} // namespace

bool checkShape(const TableData &table, QString *error)
{
    for (qsizetype r = 0; r < table.rows.size(); ++r)
        if (table.rows[r].size() != table.columns.size()) {
            *error = Text::tr("rows[%1]: %2 values for %3 columns")
                         .arg(r + 1)
                         .arg(table.rows[r].size())
                         .arg(table.columns.size());
            return false;
        }
    if (!table.totals.isEmpty() && table.totals.size() != table.columns.size()) {
        *error = Text::tr("totals: %1 values for %2 columns").arg(table.totals.size()).arg(table.columns.size());
        return false;
    }
    return true;
}

QString rowPlace(qsizetype row, const TableColumn &column)
{
    return QStringLiteral("rows[%1].%2").arg(row + 1).arg(column.name);
}

QString totalsPlace(const TableColumn &column)
{
    return QStringLiteral("totals.") + column.name;
}

QString shiftedLeft(const QString &decimal, int digits)
{
    const bool negative = decimal.startsWith(u'-');
    QString body = negative || decimal.startsWith(u'+') ? decimal.mid(1) : decimal;
    qsizetype dot = body.indexOf(u'.');
    if (dot < 0) {
        dot = body.size();
        body += u'.';
    }
    body.remove(dot, 1);
    qsizetype point = dot - digits;
    if (point <= 0) {
        body.prepend(QString(1 - point, u'0'));
        point = 1;
    }
    body.insert(point, u'.');
    return negative ? u'-' + body : body;
}

bool tableCell(const TableColumn &column, const QCborValue &value, const QString &where, TableCell *cell,
               QString *error)
{
    *cell = TableCell();
    if (value.isNull() || value.isUndefined())
        return true;
    switch (column.type) {
    case ColumnType::String:
    case ColumnType::Ref:
        if (!value.isString())
            return refuse(where, Text::tr("text"), value, error);
        cell->kind = TableCell::Kind::Text;
        cell->text = value.toString();
        return true;
    case ColumnType::Integer:
        if (!value.isInteger())
            return refuse(where, Text::tr("an integer"), value, error);
        cell->kind = TableCell::Kind::Integer;
        cell->integer = value.toInteger();
        return true;
    case ColumnType::Decimal:
    case ColumnType::Money:
    case ColumnType::Percent:
        return decimalCell(column, value, where, cell, error);
    case ColumnType::Date: {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (!value.isString() || !date.isValid() || value.toString().size() != 10)
            return refuse(where, Text::tr("a date (\"2026-12-01\")"), value, error);
        cell->kind = TableCell::Kind::Date;
        cell->date = date;
        return true;
    }
    case ColumnType::DateTime: {
        const QDateTime moment = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!value.isString() || !moment.isValid())
            return refuse(where, Text::tr("a moment (\"2026-12-01T09:30:00Z\")"), value, error);
        cell->kind = TableCell::Kind::DateTime;
        cell->dateTime = moment.toLocalTime();
        return true;
    }
    case ColumnType::Boolean:
        if (!value.isBool())
            return refuse(where, Text::tr("true or false"), value, error);
        cell->kind = TableCell::Kind::Boolean;
        cell->boolean = value.toBool();
        return true;
    }
    return refuse(where, Text::tr("a value"), value, error);
}

} // namespace erp::exporting
