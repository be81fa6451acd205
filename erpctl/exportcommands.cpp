#include "exportcommands.h"

#include "csvexport.h"
#include "tabledata.h"
#include "tablecell.h"
#include "xlsxexport.h"

#include <QCborArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <cstdio>

using erp::client::Reply;
using namespace erp::exporting;

namespace {

int fail(const QString &text, int code = 1)
{
    std::fputs(qPrintable(QStringLiteral("erpctl: ") + text + u'\n'), stderr);
    return code;
}

QString replyError(const Reply &r)
{
    QString message = QStringLiteral("%1 (%2)").arg(erp::protocol::errorCodeName(r.error.code)).arg(int(r.error.code));
    if (!r.error.field.isEmpty())
        message += QStringLiteral(" field %1").arg(r.error.field);
    return message + QStringLiteral(": ") + r.error.message;
}

// "key=value": a JSON number, true, false or null as such, anything else as text.
bool parseParam(const QString &spec, QCborMap *params, QString *error)
{
    const qsizetype eq = spec.indexOf(u'=');
    if (eq <= 0) {
        *error = QStringLiteral("--param: expected key=value, got \"%1\"").arg(spec);
        return false;
    }
    const QString value = spec.mid(eq + 1);
    const QJsonDocument json = QJsonDocument::fromJson("[" + value.toUtf8() + "]");
    const QJsonValue scalar = json.isArray() && json.array().size() == 1 ? json.array().at(0) : QJsonValue();
    const bool literal = scalar.isDouble() || scalar.isBool() || scalar.isNull();
    params->insert(spec.left(eq), literal && json.isArray() ? QCborValue::fromJsonValue(scalar) : QCborValue(value));
    return true;
}

// The table as text, tab-separated, decimals as sent.
int printTable(const TableData &table)
{
    QStringList line;
    for (const TableColumn &c : table.columns)
        line.append(c.title);
    std::fputs(qPrintable(line.join(u'\t') + u'\n'), stdout);
    QList<QCborArray> rows = table.rows;
    if (!table.totals.isEmpty())
        rows.append(table.totals);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        line.clear();
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            TableCell cell;
            QString error;
            if (!tableCell(table.columns[i], rows[r].at(i), rowPlace(r, table.columns[i]), &cell, &error))
                return fail(error);
            const QCborValue v = rows[r].at(i);
            line.append(v.isString() ? v.toString() : v.isNull() || v.isUndefined() ? QString() : v.toJsonValue().toVariant().toString());
        }
        std::fputs(qPrintable(line.join(u'\t') + u'\n'), stdout);
    }
    return 0;
}

int writeTable(const TableData &table, const QString &title, const QStringList &headerLines, const ExportOptions &options)
{
    QString error;
    if (!options.xlsx.isEmpty() && !writeXlsx(options.xlsx, table, title, headerLines, &error))
        return fail(error);
    if (!options.csv.isEmpty() && !writeCsv(options.csv, table, options.language, &error))
        return fail(error);
    if (options.xlsx.isEmpty() && options.csv.isEmpty())
        return printTable(table);
    return 0;
}

QCborMap field(const QString &name, const QString &title, const QString &type)
{
    return QCborMap{{QStringLiteral("name"), name}, {QStringLiteral("title"), title}, {QStringLiteral("type"), type}};
}

} // namespace

int runReportCommand(erp::client::Connection &connection, const QString &report, const ExportOptions &options)
{
    QCborMap params;
    QString error;
    for (const QString &spec : options.params)
        if (!parseParam(spec, &params, &error))
            return fail(error, 2);
    // A long report tells how far it is: one line on stderr per progress event.
    connection.setEventHandler([](const QCborMap &event) {
        if (event.value(erp::protocol::key::Event).toString() != QLatin1String("progress"))
            return;
        const QCborMap data = event.value(erp::protocol::key::Data).toMap();
        const QString stage = data.value(QStringLiteral("stage")).toString();
        std::fputs(qPrintable(QStringLiteral("erpctl: %1 of %2%3\n")
                                  .arg(data.value(QStringLiteral("done")).toInteger())
                                  .arg(data.value(QStringLiteral("total")).toInteger())
                                  .arg(stage.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(stage))),
                   stderr);
    });
    // Longer than the server's default report time limit (300 s), which answers Timeout itself.
    constexpr int ReportWaitMs = 330 * 1000;
    const Reply r = connection.call(QStringLiteral("report.run"),
                                    QCborMap{{QStringLiteral("report"), report}, {QStringLiteral("params"), params}},
                                    ReportWaitMs);
    connection.setEventHandler({});
    if (!r.ok)
        return fail(replyError(r));
    const QCborMap answer = r.result.toMap();
    const std::optional<TableData> table = tableFromReport(answer, &error);
    if (!table)
        return fail(error);
    QStringList headerLines;
    const QCborMap given = answer.value(QStringLiteral("params")).toMap();
    for (auto it = given.constBegin(); it != given.constEnd(); ++it)
        headerLines.append(QStringLiteral("%1: %2").arg(it.key().toString(), it.value().toVariant().toString()));
    headerLines.append(QStringLiteral("generated: ") + answer.value(QStringLiteral("generatedAt")).toString());
    return writeTable(*table, answer.value(QStringLiteral("title")).toString(), headerLines, options);
}

int runExportCommand(erp::client::Connection &connection, const QString &kind, const ExportOptions &options)
{
    const Reply described = connection.call(QStringLiteral("meta.describe"), QCborMap{{QStringLiteral("kind"), kind}});
    if (!described.ok)
        return fail(replyError(described));
    const QCborMap d = described.result.toMap();
    const bool document = d.value(QStringLiteral("class")).toString() == QLatin1String("document");
    QList<QCborMap> fields = document ? QList<QCborMap>{field(QStringLiteral("number"), QStringLiteral("Number"), QStringLiteral("string")),
                                                       field(QStringLiteral("date"), QStringLiteral("Date"), QStringLiteral("datetime")),
                                                       field(QStringLiteral("status"), QStringLiteral("Status"), QStringLiteral("string"))}
                                      : QList<QCborMap>{field(QStringLiteral("code"), QStringLiteral("Code"), QStringLiteral("string")),
                                                       field(QStringLiteral("name"), QStringLiteral("Name"), QStringLiteral("string"))};
    for (const QCborValue &f : d.value(QStringLiteral("fields")).toArray())
        if (f.toMap().value(QStringLiteral("type")).toString() != QLatin1String("text"))
            fields.append(f.toMap());
    TableData table;
    QString error;
    for (const QCborMap &f : fields) {
        const std::optional<TableColumn> column = listColumn(f, &error);
        if (!column)
            return fail(error);
        table.columns.append(*column);
    }
    QCborMap params{{QStringLiteral("kind"), kind}, {QStringLiteral("limit"), 1000}};
    const QString method = document ? QStringLiteral("document.list") : QStringLiteral("catalog.list");
    for (;;) {
        const Reply page = connection.call(method, params);
        if (!page.ok)
            return fail(replyError(page));
        appendListPage(table, page.result.toMap());
        if (table.rows.size() > MaxXlsxRows)
            return fail(QStringLiteral("%1: more than %2 rows").arg(kind).arg(MaxXlsxRows));
        if (!page.result.toMap().value(QStringLiteral("more")).toBool())
            break;
        params.insert(QStringLiteral("after"), page.result.toMap().value(QStringLiteral("next")));
    }
    return writeTable(table, d.value(QStringLiteral("title")).toString(kind), {}, options);
}
