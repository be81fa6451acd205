#include "democrm.h"

#include "core/access.h"
#include "core/catalogstore.h"
#include "core/documentstore.h"
#include "core/user.h"
#include "db/sqlvalue.h"
#include "rpc/rpcerror.h"

#include <QCborArray>
#include <QCborMap>
#include "db/query.h"

namespace erp::demo {

namespace {

using erp::db::execute;

QCborMap map(std::initializer_list<std::pair<QString, QCborValue>> items)
{
    QCborMap m;
    for (const auto &[k, v] : items)
        m.insert(k, v);
    return m;
}

// Czech public holidays of a year (Easter aside, which moves).
QCborArray holidays(int year)
{
    QCborArray out;
    for (const auto &[month, day, name] :
         {std::tuple{1, 1, "Nový rok"}, std::tuple{5, 1, "Svátek práce"}, std::tuple{5, 8, "Den vítězství"},
          std::tuple{7, 5, "Cyril a Metoděj"}, std::tuple{7, 6, "Jan Hus"}, std::tuple{9, 28, "Den státnosti"},
          std::tuple{10, 28, "Vznik Československa"}, std::tuple{11, 17, "Den boje za svobodu"},
          std::tuple{12, 24, "Štědrý den"}, std::tuple{12, 25, "1. svátek vánoční"}, std::tuple{12, 26, "2. svátek vánoční"}})
        out.append(map({{QStringLiteral("date"), QDate(year, month, day).toString(Qt::ISODate)},
                        {QStringLiteral("description"), QString::fromUtf8(name)}}));
    return out;
}

struct Invoice
{
    qint64 id = 0, partner = 0, counterparty = 0;
    QDateTime date;
    QString net;
};

class ClaimsDemo
{
public:
    ClaimsDemo(CrmDemo &demo) : m_demo(demo) {}

    bool run(QString *error)
    {
        const std::optional<erp::core::UserInfo> user = firstDemoUser(m_demo, {QStringLiteral("manager")});
        if (!user) {
            *error = QStringLiteral("claims demo: no manager among the users");
            return false;
        }
        m_user = *user;
        erp::db::Query q(m_demo.db);
        erp::core::CatalogStore catalogs(m_demo.db, m_demo.model, m_user, &m_events);
        erp::core::DocumentStore documents(m_demo.db, m_demo.model, m_demo.areas, m_user, &m_events);

        // A customer-service schedule with a lunch break and this year's and next year's holidays.
        QCborArray hours;
        for (const char *day : {"monday", "tuesday", "wednesday", "thursday", "friday"})
            for (const auto &[from, to] : {std::pair{"t0800", "t1200"}, std::pair{"t1230", "t1630"}})
                hours.append(map({{QStringLiteral("weekday"), QLatin1String(day)},
                                  {QStringLiteral("from"), QLatin1String(from)},
                                  {QStringLiteral("to"), QLatin1String(to)}}));
        QCborArray days = holidays(m_demo.today.year());
        for (const QCborValue &h : holidays(m_demo.today.year() + 1))
            days.append(h);
        const qint64 service = catalogs
                                   .create(map({{QStringLiteral("kind"), QStringLiteral("work_schedules")},
                                                {QStringLiteral("values"), map({{QStringLiteral("name"), QStringLiteral("Zákaznický servis")}})},
                                                {QStringLiteral("sections"), map({{QStringLiteral("hours"), hours},
                                                                                  {QStringLiteral("holidays"), days}})}}))
                                   .value(QStringLiteral("id"))
                                   .toInteger();
        const auto type = [&](const char *name, const char *response, const char *resolution, const char *warn,
                              qint64 schedule) {
            QCborMap values = map({{QStringLiteral("name"), QString::fromUtf8(name)},
                                   {QStringLiteral("response_hours"), QLatin1String(response)},
                                   {QStringLiteral("resolution_hours"), QLatin1String(resolution)},
                                   {QStringLiteral("warn_hours"), QLatin1String(warn)}});
            if (schedule)
                values.insert(QStringLiteral("work_schedule"), schedule);
            return catalogs.create(map({{QStringLiteral("kind"), QStringLiteral("claim_types")}, {QStringLiteral("values"), values}}))
                .value(QStringLiteral("id"))
                .toInteger();
        };
        const qint64 quality = type("Vada zboží", "4", "40", "8", service);
        const qint64 delivery = type("Chyba dodávky", "2", "16", "4", service);
        const qint64 invoicing = type("Chyba fakturace", "8", "24", "4", 0); // the schedule "default"

        // Recent invoices, those still owed at least half first: a credit note on a paid one
        // would leave the customer owed money, which the demo does not refund.
        execute(q, QStringLiteral("SELECT FIRST 8 i.ID, i.PARTNER, i.COUNTERPARTY, i.DOC_DATE, CAST(i.TOTAL_NET AS "
                                  "VARCHAR(40)) FROM DOC_SALES_INVOICES i WHERE i.STATUS = 'posted' AND i.DELETED = "
                                  "FALSE AND i.TOTAL_NET > 1000 ORDER BY IIF((SELECT SUM(t.AMOUNT) FROM "
                                  "REG_SETTLEMENTS_TOTALS t WHERE t.INVOICE = i.ID) >= i.TOTAL / 2, 0, 1), "
                                  "i.DOC_DATE DESC, i.ID DESC"));
        QList<Invoice> invoices;
        while (q.next()) {
            QDateTime d = q.value(3).toDateTime();
            invoices.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                             QDateTime(d.date(), d.time(), Qt::UTC), q.value(4).toString()});
        }
        if (invoices.size() < 8) {
            *error = QStringLiteral("claims demo: the history has fewer than 8 posted invoices");
            return false;
        }
        struct Plan
        {
            const char *subject;
            qint64 type;
            QStringList moves;
            const char *resolution;
            int percent; // of the invoice's net, credited
        };
        const Plan plans[] = {
            {"Vrácení peněz za vadné zboží", quality, {QStringLiteral("take"), QStringLiteral("resolve")}, "refund", 10},
            {"Sleva za opožděnou dodávku", delivery,
             {QStringLiteral("take"), QStringLiteral("resolve"), QStringLiteral("close")}, "discount", 5},
            {"Poškozený obal", quality, {}, nullptr, 0},
            {"Chybí část dodávky", delivery, {}, nullptr, 0},
            {"Nefunkční kus", quality, {QStringLiteral("take")}, nullptr, 0},
            {"Špatná cena na faktuře", invoicing, {QStringLiteral("take")}, nullptr, 0},
            {"Vadná série", quality, {QStringLiteral("take"), QStringLiteral("resolve")}, "replacement", 0},
            {"Reklamace po záruce", quality, {QStringLiteral("take"), QStringLiteral("reject")}, nullptr, 0},
        };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 8; ++i) {
            const Plan &p = plans[i];
            const Invoice &inv = invoices.at(i);
            QDateTime registered = inv.date.addDays(2 + i);
            if (registered > now)
                registered = now.addSecs(-3600 * (i + 1));
            if (i == 4)
                registered = now.addDays(-10); // left lying: past its deadline, in the warnings

            QCborMap values = map({{QStringLiteral("date"), registered.toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("subject"), QString::fromUtf8(p.subject)},
                                   {QStringLiteral("partner"), inv.partner},
                                   {QStringLiteral("claim_type"), p.type},
                                   {QStringLiteral("responsible"), m_user.id},
                                   {QStringLiteral("sales_invoice"), inv.id}});
            if (p.resolution)
                values.insert(QStringLiteral("resolution"), QLatin1String(p.resolution));
            if (p.percent) {
                const qint64 net = qint64(inv.net.toDouble()); // whole crowns, only to choose the demo amount
                values.insert(QStringLiteral("resolution_amount"), QString::number(qMax<qint64>(1, net * p.percent / 100)));
            }
            write(documents, values, p.moves);
        }
        return true;
    }

private:
    void write(erp::core::DocumentStore &documents, const QCborMap &values, const QStringList &moves)
    {
        erp::db::Query q(m_demo.db);
        execute(q, QStringLiteral("SAVEPOINT DEMO_CLAIM"));
        try {
            QCborMap claim = documents.create(
                map({{QStringLiteral("kind"), QStringLiteral("claims")}, {QStringLiteral("values"), values}}));
            for (const QString &move : moves)
                claim = documents.transition(map({{QStringLiteral("kind"), QStringLiteral("claims")},
                                                  {QStringLiteral("id"), claim.value(QStringLiteral("id"))},
                                                  {QStringLiteral("version"), claim.value(QStringLiteral("version"))},
                                                  {QStringLiteral("transition"), move}}));
            execute(q, QStringLiteral("RELEASE SAVEPOINT DEMO_CLAIM"));
            ++m_demo.summary->documents[QStringLiteral("claims")];
            if (claim.value(QStringLiteral("credit_note")).isInteger())
                ++m_demo.summary->documents[QStringLiteral("credit_notes")];
        } catch (const erp::rpc::RpcError &e) {
            execute(q, QStringLiteral("ROLLBACK TO SAVEPOINT DEMO_CLAIM"));
            const QString failure = QStringLiteral("claims: %1 (%2)").arg(e.message, e.field);
            qWarning().noquote() << "demo:" << failure;
            if (m_demo.summary->failed++ == 0)
                m_demo.summary->firstFailure = failure;
        }
        m_events.clear();
    }

    CrmDemo &m_demo;
    erp::core::UserInfo m_user;
    std::vector<erp::core::ChangeEvent> m_events;
};

} // namespace

bool fillClaimsDemo(CrmDemo &demo, QString *error)
{
    try {
        return ClaimsDemo(demo).run(error);
    } catch (const erp::rpc::RpcError &e) {
        *error = QStringLiteral("claims demo: %1 (%2)").arg(e.message, e.field);
        return false;
    }
}

} // namespace erp::demo
