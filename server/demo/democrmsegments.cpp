#include "democrm.h"

#include "core/access.h"
#include "core/catalogstore.h"
#include "core/user.h"
#include "crm/segmentstore.h"
#include "db/sqlvalue.h"
#include "rpc/rpcerror.h"

#include <QCborArray>
#include <QCborMap>
#include "db/query.h"

namespace erp::demo {

namespace {

QCborMap map(std::initializer_list<std::pair<QString, QCborValue>> items)
{
    QCborMap m;
    for (const auto &[k, v] : items)
        m.insert(k, v);
    return m;
}

} // namespace

// Prague clients, big buyers (revenue of the last 365 days), and a manual VIP segment of the
// ten best customers, all rebuilt.
bool fillSegmentsDemo(CrmDemo &demo, QString *error)
{
    try {
        erp::core::UserInfo admin;
        admin.login = QStringLiteral("demo");
        admin.role = QStringLiteral("admin");
        admin.rights = erp::core::AccessPolicy::rightsOfRole(admin.role);
        std::vector<erp::core::ChangeEvent> events;
        erp::core::CatalogStore catalogs(demo.db, demo.model, admin, &events);
        const auto segment = [&](const QString &name, const QString &kind, const QCborArray &rules) {
            return catalogs
                .create(map({{QStringLiteral("kind"), QStringLiteral("segments")},
                             {QStringLiteral("values"), map({{QStringLiteral("name"), name}, {QStringLiteral("segment_kind"), kind}})},
                             {QStringLiteral("sections"), map({{QStringLiteral("rules"), rules}})}}))
                .value(QStringLiteral("id"))
                .toInteger();
        };
        const qint64 prague =
            segment(QStringLiteral("Pražští klienti"), QStringLiteral("rules"),
                    {map({{QStringLiteral("criterion"), QStringLiteral("city")}, {QStringLiteral("value"), QStringLiteral("Praha")}})});
        const qint64 big = segment(QStringLiteral("Velcí odběratelé (365 dní)"), QStringLiteral("rules"),
                                   {map({{QStringLiteral("criterion"), QStringLiteral("sales_volume")},
                                         {QStringLiteral("comparison"), QStringLiteral("at_least")},
                                         {QStringLiteral("amount"), QStringLiteral("200000")},
                                         {QStringLiteral("period_days"), 365}})});
        const qint64 vip = segment(QStringLiteral("VIP"), QStringLiteral("manual"), {});
        (void)prague;
        (void)big;

        erp::db::Query q(demo.db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime from = now.addDays(-365).toUTC();
        erp::db::execute(q,
                         QStringLiteral("SELECT FIRST 10 PARTNER FROM REG_SALES WHERE PERIOD > ? AND PARTNER IS NOT NULL "
                                        "GROUP BY PARTNER ORDER BY SUM(REVENUE) DESC, PARTNER"),
                         {QDateTime(from.date(), from.time())});
        QCborArray best;
        while (q.next())
            best.append(q.value(0).toLongLong());
        erp::crm::SegmentStore segments(demo.db, demo.model, admin);
        segments.setMembers(vip, best, QCborValue(), now);
        segments.rebuildAll(now);
        return true;
    } catch (const erp::rpc::RpcError &e) {
        *error = QStringLiteral("segments demo: %1 (%2)").arg(e.message, e.field);
        return false;
    }
}

} // namespace erp::demo
