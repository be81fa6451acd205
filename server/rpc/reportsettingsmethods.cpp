// Saved report settings: report.settings, report.saveSettings, report.deleteSettings over
// ERP_REPORT_SETTINGS. A setting is a user's named set of a report's parameters, kept for her
// and, when an administrator shares it, for everyone of a role.
#include "core/reports.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"
#include "methods.h"
#include "params.h"
#include "reportparams.h"
#include "rpcerror.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include "db/query.h"

namespace erp::rpc {

using erp::db::execute;
using erp::protocol::ErrorCode;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportMethods)
};

constexpr qsizetype MaxSettingsName = 80;
const QString Admin = QStringLiteral("admin");

QString bodyOf(const QCborMap &params)
{
    const QCborMap body{{QStringLiteral("params"), params}};
    return QString::fromUtf8(QJsonDocument(body.toJsonObject()).toJson(QJsonDocument::Compact));
}

QCborMap paramsOf(const QString &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body.toUtf8()).object();
    return QCborMap::fromJsonObject(json).value(QStringLiteral("params")).toMap();
}

QCborValue listSettings(CallContext &ctx, const QCborMap &params)
{
    const erp::core::ReportDefinition &report = runnableReport(ctx, params);
    erp::db::Query q(ctx.db);
    q.setForwardOnly(true);
    execute(q,
            QStringLiteral("SELECT s.ID, s.NAME, s.OWNER_ID, u.CODE, s.SHARED_ROLE, s.BODY, s.UPDATED_AT "
                           "FROM ERP_REPORT_SETTINGS s LEFT JOIN CAT_USERS u ON u.ID = s.OWNER_ID "
                           "WHERE s.REPORT = ? AND (s.OWNER_ID = ? OR s.SHARED_ROLE = ?) ORDER BY s.NAME, s.ID"),
            {report.name, ctx.user.id, ctx.user.role});
    QCborArray list;
    while (q.next()) {
        QCborMap item;
        item.insert(QStringLiteral("id"), q.value(0).toLongLong());
        item.insert(QStringLiteral("name"), q.value(1).toString());
        item.insert(QStringLiteral("own"), q.value(2).toLongLong() == ctx.user.id);
        item.insert(QStringLiteral("owner"), q.value(3).toString());
        item.insert(QStringLiteral("role"), q.value(4).isNull() ? QCborValue(QCborValue::Null) : QCborValue(q.value(4).toString()));
        item.insert(QStringLiteral("params"), paramsOf(q.value(5).toString()));
        item.insert(QStringLiteral("updatedAt"), erp::db::timestampToCbor(q.value(6)));
        list.append(item);
    }
    erp::db::throwIfFetchFailed(q);
    return QCborMap{{QStringLiteral("settings"), list}};
}

QCborValue saveSettings(CallContext &ctx, const QCborMap &params)
{
    const erp::core::ReportDefinition &report = runnableReport(ctx, params);
    // Checked as report.run checks them: what is saved can be run.
    const QCborMap reportParams = checkedReportParams(report, params.value(QStringLiteral("params")).toMap());
    const QCborValue role = params.value(QStringLiteral("role"));
    if (role.isString()) {
        if (!ctx.model.enumeration(QStringLiteral("roles"))->contains(role.toString()))
            fail(ErrorCode::Validation, Text::tr("role: \"%1\" is not a role").arg(role.toString()),
                 QStringLiteral("role"));
        if (!ctx.user.has(Admin))
            fail(ErrorCode::Forbidden, Text::tr("only an administrator may share report settings with a role"),
                 QStringLiteral("role"));
    }
    const QString name = params.value(QStringLiteral("name")).toString().trimmed();
    if (name.isEmpty())
        fail(ErrorCode::Validation, Text::tr("name: a name is required"), QStringLiteral("name"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Saving a name again replaces its settings and keeps their id.
    const QVariant shared = role.isString() ? QVariant(role.toString()) : QVariant(QMetaType::fromType<QString>());
    const QVariant stamp = QDateTime(now.date(), now.time());
    erp::db::Query existing(ctx.db);
    execute(existing, QStringLiteral("SELECT ID FROM ERP_REPORT_SETTINGS WHERE REPORT = ? AND OWNER_ID = ? AND NAME = ?"),
            {report.name, ctx.user.id, name});
    erp::db::Query q(ctx.db);
    qint64 id = 0;
    if (existing.next()) {
        id = existing.value(0).toLongLong();
        execute(q, QStringLiteral("UPDATE ERP_REPORT_SETTINGS SET SHARED_ROLE = ?, BODY = ?, UPDATED_AT = ? WHERE ID = ?"),
                {shared, bodyOf(reportParams), stamp, id});
    } else {
        execute(q, QStringLiteral("SELECT NEXT VALUE FOR SEQ_OBJECT_ID FROM RDB$DATABASE"));
        id = q.next() ? q.value(0).toLongLong() : 0;
        erp::db::Query insert(ctx.db);
        execute(insert,
                QStringLiteral("INSERT INTO ERP_REPORT_SETTINGS (ID, REPORT, NAME, OWNER_ID, SHARED_ROLE, BODY, UPDATED_AT) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {id, report.name, name, ctx.user.id, shared, bodyOf(reportParams), stamp});
    }
    QCborMap out;
    out.insert(QStringLiteral("id"), id);
    out.insert(QStringLiteral("params"), reportParams);
    return out;
}

QCborValue deleteSettings(CallContext &ctx, const QCborMap &params)
{
    const qint64 id = params.value(QStringLiteral("id")).toInteger();
    erp::db::Query q(ctx.db);
    execute(q, QStringLiteral("SELECT OWNER_ID FROM ERP_REPORT_SETTINGS WHERE ID = ?"), {id});
    if (!q.next())
        fail(ErrorCode::NotFound, Text::tr("id: there are no report settings %1").arg(id), QStringLiteral("id"));
    if (q.value(0).toLongLong() != ctx.user.id && !ctx.user.has(Admin))
        fail(ErrorCode::Forbidden, Text::tr("only their owner or an administrator may delete report settings"));
    erp::db::Query del(ctx.db);
    execute(del, QStringLiteral("DELETE FROM ERP_REPORT_SETTINGS WHERE ID = ?"), {id});
    return QCborMap{{QStringLiteral("deleted"), true}};
}

} // namespace

QList<Method> reportSettingsMethods()
{
    return {
        {QStringLiteral("report.settings"), QStringLiteral("read"),
         QStringLiteral("A report's saved settings the caller may use, her own and her role's: {report} -> {settings}."),
         Access::Read, listSettings, {reportName()}},
        {QStringLiteral("report.saveSettings"), QStringLiteral("read"),
         QStringLiteral("Saves a report's parameters under a name, shared with a role by an administrator: "
                        "{report, name, params, role?} -> {id}."),
         Access::Write, saveSettings,
         {reportName(), Param::string(QStringLiteral("name"), MaxSettingsName).require(),
          Param::map(QStringLiteral("params")).require(), Param::string(QStringLiteral("role"), MaxNameLength).allowNull()}},
        {QStringLiteral("report.deleteSettings"), QStringLiteral("read"),
         QStringLiteral("Deletes saved report settings, the caller's own or, by an administrator, any: {id}."),
         Access::Write, deleteSettings, {Param::integer(QStringLiteral("id"), 1).require()}},
    };
}

} // namespace erp::rpc
