#include "reportprint.h"

#include "cellformat.h"
#include "metadata/model.h"
#include "protocol/frame.h"
#include "reportchart.h"
#include "reportpdf.h"
#include "rpc/rpcerror.h"

#include <QCoreApplication>
#include "db/query.h"

#include <atomic>

namespace erp::render {

using erp::core::ReportDefinition;
using erp::protocol::ErrorCode;

namespace {

using erp::core::translatedReportText;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
};

std::atomic<qint64> g_answerLimit{erp::protocol::DefaultMaxFrameBody};

// Room in the frame for the rest of the answer (its keys, the page count).
constexpr qint64 AnswerOverhead = 1024;

// The name (a document's number) of the object a parameter refers to, or its id when it has none.
QString objectName(erp::rpc::CallContext &ctx, const QString &kind, qint64 id)
{
    const erp::meta::ObjectKind *k = ctx.model.kind(kind);
    if (!k)
        return QString::number(id);
    const QString column = k->objectClass == erp::meta::ObjectClass::Document ? QStringLiteral("NUMBER")
                                                                               : QStringLiteral("NAME");
    erp::db::Query q(ctx.db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE ID = ?").arg(column, k->table));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return QString::number(id);
}

QString parameterValue(erp::rpc::CallContext &ctx, const erp::core::ReportParameter &p, const QCborValue &v)
{
    if (!p.catalog.isEmpty() && v.isInteger())
        return objectName(ctx, p.catalog, v.toInteger());
    if (p.param.type == erp::rpc::ParamType::Moment)
        return momentText(QDateTime::fromString(v.toString(), Qt::ISODate));
    if (v.isBool())
        return v.toBool() ? Text::tr("yes") : Text::tr("no");
    if (v.isInteger())
        return QString::number(v.toInteger());
    return v.toString();
}

} // namespace

void setAnswerLimit(qint64 bytes)
{
    g_answerLimit = bytes;
}

qint64 answerLimit()
{
    return g_answerLimit;
}

QCborMap reportPdfAnswer(erp::rpc::CallContext &ctx, const ReportDefinition &report, const QCborMap &reportParams,
                         const erp::core::ReportOutput &output, bool landscape)
{
    ReportPdfInput in;
    in.title = translatedReportText(report.title);
    for (const erp::core::ReportParameter &p : report.params)
        if (reportParams.contains(p.param.name))
            in.params.append({translatedReportText(p.title), parameterValue(ctx, p, reportParams.value(p.param.name))});
    in.printedAt = QDateTime::currentDateTimeUtc();
    in.printedBy = ctx.user.name.isEmpty() ? ctx.user.login : ctx.user.name;
    // A text column empty in every row and the totals (a grouping not chosen) takes no room on paper.
    for (const erp::core::ReportColumn &c : report.columns) {
        bool used = output.totals.contains(c.name) && !output.totals.value(c.name).isNull();
        for (qsizetype i = 0; i < output.rows.size() && !used; ++i) {
            const QCborMap row = output.rows.at(i).toMap();
            const QCborValue v = row.value(c.name);
            used = (!v.isUndefined() && !v.isNull() && !(v.isString() && v.toString().isEmpty()))
                   || row.value(QStringLiteral("display")).toMap().contains(c.name);
        }
        if (!used && !output.rows.isEmpty() && !isNumeric(c.type))
            continue; // a figure empty everywhere stays: the page shows what the screen shows
        in.columns.append(c);
        in.columnTitles.append(translatedReportText(c.title));
    }
    in.rows = output.rows;
    in.totals = output.totals;
    if (report.chart && !output.chartedRows().isEmpty())
        in.chart = chartRequest(report, output.chartedRows());
    in.landscape = landscape;
    const ReportPdf pdf = reportPdf(in);
    const qint64 limit = answerLimit() - AnswerOverhead;
    if (pdf.pdf.size() > limit)
        erp::rpc::fail(ErrorCode::Validation,
                       Text::tr("params: the PDF would have %1 bytes (%2 pages), over the protocol's frame limit of "
                                "%3 bytes; choose fewer rows")
                           .arg(pdf.pdf.size())
                           .arg(pdf.pages)
                           .arg(limit),
                       QStringLiteral("params"));
    QCborMap out;
    out.insert(QStringLiteral("pdf"), pdf.pdf);
    out.insert(QStringLiteral("pages"), pdf.pages);
    return out;
}

} // namespace erp::render
