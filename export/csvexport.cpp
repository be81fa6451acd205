#include "csvexport.h"

#include "tablecell.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <functional>

namespace erp::exporting {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

struct CsvStyle
{
    QChar separator;
    QChar decimalPoint;
};

QString quoted(const QString &field, QChar separator)
{
    if (!field.contains(separator) && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString escaped = field;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString cellText(const TableCell &cell, const TableColumn &column, const CsvStyle &style)
{
    switch (cell.kind) {
    case TableCell::Kind::Empty: return QString();
    case TableCell::Kind::Text: return cell.text;
    case TableCell::Kind::Integer: return QString::number(cell.integer);
    case TableCell::Kind::Decimal: return QString(cell.text).replace(u'.', style.decimalPoint);
    case TableCell::Kind::Date: return cell.date.toString(Qt::ISODate);
    case TableCell::Kind::DateTime: return cell.dateTime.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case TableCell::Kind::Boolean: {
        const QString key = cell.boolean ? QStringLiteral("true") : QStringLiteral("false");
        return column.labels.value(key, cell.boolean ? QStringLiteral("1") : QStringLiteral("0"));
    }
    }
    return QString();
}

bool appendLine(QByteArray *out, const TableData &table, const QCborArray &values, const CsvStyle &style,
                const std::function<QString(const TableColumn &)> &place, QString *error)
{
    QStringList fields;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const TableColumn &column = table.columns[i];
        TableCell cell;
        if (!tableCell(column, values.at(i), place(column), &cell, error))
            return false;
        fields.append(quoted(cellText(cell, column, style), style.separator));
    }
    out->append(fields.join(style.separator).toUtf8());
    out->append("\r\n");
    return true;
}

} // namespace

bool writeCsv(const QString &path, const TableData &table, const QString &language, QString *error)
{
    CsvStyle style;
    if (language == QLatin1String("cs") || language.startsWith(QLatin1String("cs_")))
        style = {u';', u','};
    else if (language == QLatin1String("en") || language.startsWith(QLatin1String("en_")))
        style = {u',', u'.'};
    else {
        *error = Text::tr("language: CSV is written for \"cs\" or \"en\", not \"%1\"").arg(language);
        return false;
    }
    if (!checkShape(table, error))
        return false;
    QByteArray out("\xEF\xBB\xBF");
    QStringList titles;
    for (const TableColumn &c : table.columns)
        titles.append(quoted(c.title, style.separator));
    out.append(titles.join(style.separator).toUtf8());
    out.append("\r\n");
    for (qsizetype r = 0; r < table.rows.size(); ++r)
        if (!appendLine(&out, table, table.rows[r], style, [r](const TableColumn &c) { return rowPlace(r, c); }, error))
            return false;
    if (!table.totals.isEmpty()
        && !appendLine(&out, table, table.totals, style, [](const TableColumn &c) { return totalsPlace(c); }, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit()) {
        *error = Text::tr("%1: cannot write the file: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace erp::exporting
