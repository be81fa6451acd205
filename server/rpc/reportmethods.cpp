// Reports: report.list, report.describe, report.run over what the areas declared (core/reports.h).
#include "core/access.h"
#include "core/areas.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"
#include "core/options.h"
#include "methods.h"
#include "params.h"
#include "reportparams.h"
#include "render/chartrenderer.h"
#include "render/reportchart.h"
#include "render/reportprint.h"
#include "rpcerror.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDateTime>
#include "db/query.h"

#include <limits>

namespace erp::rpc {

using namespace Qt::StringLiterals;

using erp::core::ReportDefinition;
using erp::protocol::ErrorCode;

namespace {

using erp::core::translatedReportText;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportMethods)
};

// Whether the caller may run it: the report's right, its option and the kinds it shows on.
bool mayRun(const CallContext &ctx, const ReportDefinition &r)
{
    return erp::core::mayRunReport(ctx.user, *ctx.snapshot, r);
}


QCborArray describeColumns(const ReportDefinition &r)
{
    QCborArray out;
    for (const erp::core::ReportColumn &c : r.columns) {
        QCborMap column;
        column.insert(QStringLiteral("name"), c.name);
        column.insert(QStringLiteral("title"), translatedReportText(c.title));
        column.insert(QStringLiteral("type"), erp::core::reportColumnTypeName(c.type));
        if (!c.catalog.isEmpty())
            column.insert(QStringLiteral("catalog"), c.catalog);
        if (c.total)
            column.insert(QStringLiteral("total"), true);
        out.append(column);
    }
    return out;
}

QCborValue describeChart(const ReportDefinition &r)
{
    if (!r.chart)
        return QCborValue(QCborValue::Null);
    QCborMap chart;
    chart.insert(QStringLiteral("type"), r.chart->type);
    chart.insert(QStringLiteral("category"), r.chart->category);
    chart.insert(QStringLiteral("series"), QCborArray::fromStringList(r.chart->series));
    return chart;
}

QCborValue listReports(CallContext &ctx, const QCborMap &)
{
    QCborArray list;
    for (const ReportDefinition &r : ctx.areas.reports()) {
        if (!mayRun(ctx, r))
            continue;
        QCborMap item;
        item.insert(QStringLiteral("name"), r.name);
        item.insert(QStringLiteral("title"), translatedReportText(r.title));
        item.insert(QStringLiteral("area"), r.area);
        list.append(item);
    }
    QCborMap out;
    out.insert(QStringLiteral("reports"), list);
    return out;
}

QCborValue describeReport(CallContext &ctx, const QCborMap &params)
{
    const ReportDefinition &r = runnableReport(ctx, params);
    QCborArray parameters;
    for (const erp::core::ReportParameter &p : r.params) {
        QCborMap item;
        item.insert(QStringLiteral("name"), p.param.name);
        item.insert(QStringLiteral("title"), translatedReportText(p.title));
        item.insert(QStringLiteral("type"), paramTypeName(p.param.type));
        item.insert(QStringLiteral("required"), p.param.required);
        if (!p.param.oneOf.isEmpty())
            item.insert(QStringLiteral("oneOf"), QCborArray::fromStringList(p.param.oneOf));
        if (!p.catalog.isEmpty())
            item.insert(QStringLiteral("catalog"), p.catalog);
        if (p.param.min != std::numeric_limits<qint64>::min())
            item.insert(QStringLiteral("min"), p.param.min);
        if (p.param.max != std::numeric_limits<qint64>::max())
            item.insert(QStringLiteral("max"), p.param.max);
        if (p.param.maxLength > 0)
            item.insert(QStringLiteral("maxLength"), p.param.maxLength);
        if (p.endOfDay)
            item.insert(QStringLiteral("endOfDay"), true);
        if (!p.choiceTitles.isEmpty()) {
            QCborArray choices;
            for (qsizetype i = 0; i < p.param.oneOf.size() && i < p.choiceTitles.size(); ++i)
                choices.append(QCborMap{{QStringLiteral("value"), p.param.oneOf[i]},
                                        {QStringLiteral("title"), translatedReportText(p.choiceTitles[i])}});
            item.insert(QStringLiteral("choices"), choices);
        }
        parameters.append(item);
    }
    QCborMap out;
    out.insert(QStringLiteral("report"), r.name);
    out.insert(QStringLiteral("title"), translatedReportText(r.title));
    out.insert(QStringLiteral("params"), parameters);
    out.insert(QStringLiteral("columns"), describeColumns(r));
    out.insert(QStringLiteral("chart"), describeChart(r));
    return out;
}


// Rows name what their reference columns point at (row.display.<column>), as far as the user
// may see it: the names of the objects the rows refer to, one statement per column.
void addDisplayNames(CallContext &ctx, const ReportDefinition &r, QCborArray &rows)
{
    for (const erp::core::ReportColumn &c : r.columns) {
        const erp::meta::ObjectKind *target = c.catalog.isEmpty() ? nullptr : ctx.model.kind(c.catalog);
        if (!target || !erp::core::AccessPolicy::canRead(ctx.user, *target))
            continue;
        QList<qint64> ids;
        for (const QCborValue &row : std::as_const(rows)) {
            const QCborMap m = row.toMap();
            if (m.value(c.name).isInteger() && !m.value(QStringLiteral("display")).toMap().contains(c.name)
                && !ids.contains(m.value(c.name).toInteger()))
                ids.append(m.value(c.name).toInteger());
        }
        QHash<qint64, QString> names;
        const erp::core::RowFilter visible = erp::core::AccessPolicy::rowFilter(ctx.user, *target);
        constexpr qsizetype Chunk = 500;
        for (qsizetype from = 0; from < ids.size(); from += Chunk) {
            QStringList marks;
            QVariantList binds;
            for (qsizetype i = from; i < qMin(from + Chunk, ids.size()); ++i) {
                marks.append(QStringLiteral("?"));
                binds.append(qlonglong(ids[i]));
            }
            erp::db::Query q(ctx.db);
            q.setForwardOnly(true);
            erp::db::execute(q,
                             QStringLiteral("SELECT t.ID, t.%1 FROM %2 t WHERE t.ID IN (%3)%4")
                                 .arg(erp::db::quoteIdentifier(target->presentationColumn()),
                                      erp::db::quoteIdentifier(target->table), marks.join(u','),
                                      visible.isEmpty() ? QString() : QStringLiteral(" AND ") + visible.sql),
                             binds + visible.binds);
            while (q.next())
                names.insert(q.value(0).toLongLong(), q.value(1).toString());
        }
        for (QCborValueRef row : rows) {
            QCborMap m = row.toMap();
            const QCborValue id = m.value(c.name);
            if (!id.isInteger() || !names.contains(id.toInteger()))
                continue;
            QCborMap display = m.value(QStringLiteral("display")).toMap();
            display.insert(c.name, names.value(id.toInteger()));
            m.insert(QStringLiteral("display"), display);
            row = m;
        }
    }
}

// A report run as the caller asked: its definition, its checked parameters and what it computed.
struct Run
{
    const ReportDefinition &report;
    QCborMap params;
    erp::core::ReportOutput output;
};

// A reference parameter names an object of its catalog that the caller may see: another kind's
// id, or one of no object, would otherwise answer with nothing instead of an error.
void checkReferences(CallContext &ctx, const ReportDefinition &r, const QCborMap &params)
{
    for (const erp::core::ReportParameter &p : r.params) {
        const erp::meta::ObjectKind *kind = p.catalog.isEmpty() ? nullptr : ctx.model.kind(p.catalog);
        if (!kind || !params.value(p.param.name).isInteger())
            continue;
        const qint64 id = params.value(p.param.name).toInteger();
        // A kind the caller may not read answers as if the object were not there.
        bool found = false;
        if (erp::core::AccessPolicy::canRead(ctx.user, *kind)) {
            const erp::core::RowFilter f = erp::core::AccessPolicy::rowFilter(ctx.user, *kind, QStringLiteral("t"));
            erp::db::Query q(ctx.db);
            erp::db::execute(q,
                             QStringLiteral("SELECT 1 FROM %1 t WHERE t.ID = ?%2")
                                 .arg(erp::db::quoteIdentifier(kind->table),
                                      f.isEmpty() ? QString() : QStringLiteral(" AND ") + f.sql),
                             QVariantList{qlonglong(id)} + f.binds);
            found = q.next();
        }
        if (!found)
            fail(ErrorCode::Validation,
                 Text::tr("params.%1: there is no %2 with id %3").arg(p.param.name, translatedReportText(p.title)).arg(id),
                 QStringLiteral("params.") + p.param.name);
    }
}

Run runChecked(CallContext &ctx, const QCborMap &params)
{
    const ReportDefinition &r = runnableReport(ctx, params);
    Run run{r, checkedReportParams(r, params.value(QStringLiteral("params")).toMap()), {}};
    checkReferences(ctx, r, run.params);
    try {
        run.output = r.run(ctx, run.params);
    } catch (RpcError &e) {
        // A parameter the report's function refused (an organization that does not exist).
        for (const erp::core::ReportParameter &p : r.params)
            if (e.field == p.param.name) {
                e.message = QStringLiteral("params.") + e.message;
                e.field = QStringLiteral("params.") + e.field;
            }
        throw;
    }
    addDisplayNames(ctx, r, run.output.rows);
    return run;
}

const ReportDefinition &charted(const ReportDefinition &r, const QString &field)
{
    if (!r.chart)
        fail(ErrorCode::Validation, Text::tr("%1: the report \"%2\" has no chart").arg(field, r.name), field);
    return r;
}

QCborValue runReport(CallContext &ctx, const QCborMap &params)
{
    const std::optional<erp::render::ChartSize> size =
        params.contains(QStringLiteral("chart"))
            ? std::optional(erp::render::chartSize(params.value(QStringLiteral("chart")).toMap(), QStringLiteral("chart.")))
            : std::nullopt;
    const Run run = runChecked(ctx, params);
    const ReportDefinition &r = run.report;
    QCborValue chart = describeChart(r);
    if (size) {
        QCborMap drawn = chart.toMap();
        drawn.insert(QStringLiteral("png"),
                     erp::render::chartPng(erp::render::chartRequest(charted(r, u"chart"_s), run.output.chartedRows()), *size));
        chart = drawn;
    }
    QCborMap out;
    out.insert(QStringLiteral("report"), r.name);
    out.insert(QStringLiteral("title"), translatedReportText(r.title));
    out.insert(QStringLiteral("params"), run.params);
    out.insert(QStringLiteral("columns"), describeColumns(r));
    out.insert(QStringLiteral("rows"), run.output.rows);
    out.insert(QStringLiteral("totals"), run.output.totals);
    if (!run.output.extra.isEmpty())
        out.insert(QStringLiteral("extra"), run.output.extra);
    out.insert(QStringLiteral("chart"), chart);
    out.insert(QStringLiteral("generatedAt"),
               QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return out;
}

QCborValue renderChart(CallContext &ctx, const QCborMap &params)
{
    QCborMap requested;
    for (const QString &key : {u"width"_s, u"height"_s, u"scale"_s})
        if (params.contains(key))
            requested.insert(key, params.value(key));
    const erp::render::ChartSize size = erp::render::chartSize(requested, {});
    const Run run = runChecked(ctx, params);
    const QString type = params.value(u"type"_s).toString();
    QCborMap out;
    out.insert(QStringLiteral("png"), erp::render::chartPng(
                                          erp::render::chartRequest(charted(run.report, u"report"_s), run.output.chartedRows(), type),
                                          size));
    return out;
}

QCborValue reportPdf(CallContext &ctx, const QCborMap &params)
{
    const Run run = runChecked(ctx, params);
    return erp::render::reportPdfAnswer(ctx, run.report, run.params, run.output,
                                        params.value(u"orientation"_s).toString() == QLatin1String("landscape"));
}

} // namespace

const ReportDefinition &runnableReport(const CallContext &ctx, const QCborMap &params)
{
    const QString name = params.value(QStringLiteral("report")).toString();
    const ReportDefinition *r = ctx.areas.report(name);
    if (!r || !mayRun(ctx, *r)) {
        QStringList known;
        for (const ReportDefinition &d : ctx.areas.reports())
            if (mayRun(ctx, d))
                known.append(d.name);
        fail(ErrorCode::Validation,
             Text::tr("report: there is no report \"%1\" you may run (there are: %2)").arg(name, known.join(u", ")),
             QStringLiteral("report"));
    }
    return *r;
}

QCborMap checkedReportParams(const ReportDefinition &r, const QCborMap &given)
{
    Method declared;
    declared.name = r.name;
    for (const erp::core::ReportParameter &p : r.params)
        declared.params.append(p.param);
    try {
        return checkParams(declared, given);
    } catch (RpcError &e) {
        e.message = QStringLiteral("params.") + e.message;
        e.field = QStringLiteral("params.") + e.field;
        throw;
    }
}

Param reportName()
{
    return Param::string(QStringLiteral("report"), MaxNameLength).require();
}

QList<Method> reportMethods()
{
    return {
        {QStringLiteral("report.list"), QStringLiteral("read"), QStringLiteral("The reports the caller may run."),
         Access::Read, listReports},
        {QStringLiteral("report.describe"), QStringLiteral("read"),
         QStringLiteral("A report's parameters, columns and chart: {report}."), Access::Read, describeReport,
         {reportName()}},
        {QStringLiteral("report.run"), QStringLiteral("read"),
         QStringLiteral("Runs a report: {report, params?} -> {columns, rows, totals, chart}."), Access::Read,
         runReport, {reportName(), Param::map(QStringLiteral("params")), Param::map(QStringLiteral("chart"))}},
        {QStringLiteral("report.renderChart"), QStringLiteral("read"),
         QStringLiteral("A report's chart drawn again: {report, params?, width, height, scale?, type?} -> {png}."),
         Access::Read, renderChart,
         {reportName(), Param::map(QStringLiteral("params")), Param{QStringLiteral("width")}.require(),
          Param{QStringLiteral("height")}.require(), Param{QStringLiteral("scale")},
          Param::choice(QStringLiteral("type"), erp::render::chartTypes())}},
        {QStringLiteral("report.pdf"), QStringLiteral("read"),
         QStringLiteral("A report printed: {report, params?, orientation?: portrait|landscape} -> {pdf, pages}."),
         Access::Read, reportPdf,
         {reportName(), Param::map(QStringLiteral("params")),
          Param::choice(QStringLiteral("orientation"), {QStringLiteral("portrait"), QStringLiteral("landscape")})}},
    };
}

} // namespace erp::rpc
