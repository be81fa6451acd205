#include "democrm.h"

#include "core/access.h"
#include "core/catalogstore.h"
#include "core/documentstore.h"
#include "core/user.h"
#include "db/sqlvalue.h"
#include "metadata/fieldvalue.h"
#include "rpc/rpcerror.h"

#include <QCborArray>
#include "db/query.h"

#include <algorithm>
#include <functional>

namespace erp::demo {

namespace {

using erp::db::execute;

// The clients part of the CRM demo: contact roles on the demo contacts, a partner that
// changed its legal entity (the old counterparty valid until a past date, the new one since),
// and a duplicate partner entered twice, waiting to be merged.
class ClientsDemo
{
public:
    ClientsDemo(CrmDemo &demo)
        : m_demo(demo)
    {
    }

    bool run(QString *error)
    {
        const std::optional<erp::core::UserInfo> user = 
            firstDemoUser(m_demo, {QStringLiteral("manager"), QStringLiteral("clerk")});
        if (!user) {
            *error = QStringLiteral("demo clients: there is no manager");
            return false;
        }
        m_user = *user;
        erp::db::Query q(m_demo.db);
        execute(q, QStringLiteral("SELECT FIRST 1 o.ID, w.ID FROM CAT_ORGANIZATIONS o JOIN CAT_WAREHOUSES w ON "
                                  "w.ORGANIZATION = o.ID ORDER BY o.ID, w.ID"));
        if (!q.next()) {
            *error = QStringLiteral("demo clients: there is no organization with a warehouse");
            return false;
        }
        m_organization = q.value(0).toLongLong();
        m_warehouse = q.value(1).toLongLong();
        execute(q, QStringLiteral("SELECT FIRST 1 ID FROM CAT_PRODUCTS WHERE PRODUCT_TYPE = 'goods' ORDER BY ID"));
        m_product = q.next() ? q.value(0).toLongLong() : 0;

        contactRoles();
        changedEntity();
        duplicatePair();
        return true;
    }

private:
    // One savepoint per object, as the history does: a refusal is a defect, counted.
    qint64 write(const QString &what, const std::function<QCborMap()> &save)
    {
        erp::db::Query q(m_demo.db);
        execute(q, QStringLiteral("SAVEPOINT DEMO_CLIENTS"));
        try {
            const QCborMap saved = save();
            execute(q, QStringLiteral("RELEASE SAVEPOINT DEMO_CLIENTS"));
            m_events.clear();
            return saved.value(QStringLiteral("id")).toInteger();
        } catch (const erp::rpc::RpcError &e) {
            execute(q, QStringLiteral("ROLLBACK TO SAVEPOINT DEMO_CLIENTS"));
            m_events.clear();
            const QString failure = QStringLiteral("%1: %2 (%3)").arg(what, e.message, e.field);
            qWarning().noquote() << "demo clients:" << failure;
            if (m_demo.summary->failed++ == 0)
                m_demo.summary->firstFailure = failure;
            return 0;
        }
    }

    qint64 catalog(const QString &kind, const QCborMap &values)
    {
        return write(kind, [&] {
            erp::core::CatalogStore store(m_demo.db, m_demo.model, m_user, &m_events);
            return store.create(QCborMap{{QStringLiteral("kind"), kind}, {QStringLiteral("values"), values}});
        });
    }

    // A posted sales order of one line shipped later (no stock needed), days ago.
    void order(qint64 partner, qint64 counterparty, int daysAgo, const QString &quantity)
    {
        if (!m_product)
            return;
        const QDate day = m_demo.today.addDays(-daysAgo);
        const qint64 id = write(QStringLiteral("sales_orders"), [&] {
            erp::core::DocumentStore store(m_demo.db, m_demo.model, m_demo.areas, m_user, &m_events);
            const QCborMap values{{QStringLiteral("organization"), m_organization},
                                  {QStringLiteral("warehouse"), m_warehouse},
                                  {QStringLiteral("partner"), partner},
                                  {QStringLiteral("counterparty"), counterparty},
                                  {QStringLiteral("date"), erp::meta::formatDateTime(QDateTime(day, QTime(9, 30), Qt::UTC))}};
            const QCborArray lines{QCborMap{{QStringLiteral("product"), m_product},
                                            {QStringLiteral("quantity"), quantity},
                                            {QStringLiteral("reservation"), QStringLiteral("ship_later")}}};
            return store.create(QCborMap{{QStringLiteral("kind"), QStringLiteral("sales_orders")},
                                         {QStringLiteral("values"), values},
                                         {QStringLiteral("sections"), QCborMap{{QStringLiteral("lines"), lines}}},
                                         {QStringLiteral("post"), true}});
        });
        if (id)
            ++m_demo.summary->documents[QStringLiteral("sales_orders")];
    }

    void contactRoles()
    {
        QList<qint64> roles;
        for (const auto &[code, name] : {std::pair{QStringLiteral("decision_maker"), QStringLiteral("Rozhoduje o nákupu")},
                                         std::pair{QStringLiteral("purchaser"), QStringLiteral("Nákupčí")},
                                         std::pair{QStringLiteral("accountant"), QStringLiteral("Účetní")},
                                         std::pair{QStringLiteral("technician"), QStringLiteral("Technik")}})
            if (const qint64 id = catalog(QStringLiteral("contact_roles"),
                                          QCborMap{{QStringLiteral("code"), code}, {QStringLiteral("name"), name}}))
                roles.append(id);
        if (roles.size() != 4)
            return;
        // Every demo contact gets one, the first contact of a partner most often decides.
        erp::db::Query q(m_demo.db);
        execute(q,
                QStringLiteral("UPDATE CAT_CONTACT_PERSONS SET \"ROLE\" = CASE MOD(ID, 4) WHEN 0 THEN ? WHEN 1 THEN ? "
                               "WHEN 2 THEN ? ELSE ? END WHERE \"ROLE\" IS NULL"),
                {qlonglong(roles[0]), qlonglong(roles[1]), qlonglong(roles[2]), qlonglong(roles[3])});
    }

    // Horák Strojírny traded as a v.o.s. until about a year ago, as an s.r.o. since.
    void changedEntity()
    {
        const QDate switched = m_demo.today.addDays(-365);
        const qint64 partner = catalog(QStringLiteral("partners"),
                                       QCborMap{{QStringLiteral("name"), QStringLiteral("Horák Strojírny")},
                                                {QStringLiteral("ico"), QStringLiteral("27081958")},
                                                {QStringLiteral("city"), QStringLiteral("Zlín")},
                                                {QStringLiteral("manager"), m_user.id}});
        if (!partner)
            return;
        const qint64 old = catalog(QStringLiteral("counterparties"),
                                   QCborMap{{QStringLiteral("name"), QStringLiteral("Horák Strojírny v.o.s.")},
                                            {QStringLiteral("partner"), partner},
                                            {QStringLiteral("ico"), QStringLiteral("27081958")},
                                            {QStringLiteral("valid_from"), m_demo.today.addDays(-std::max(m_demo.days, 730)).toString(Qt::ISODate)},
                                            {QStringLiteral("valid_to"), switched.addDays(-1).toString(Qt::ISODate)}});
        const qint64 current = catalog(QStringLiteral("counterparties"),
                                       QCborMap{{QStringLiteral("name"), QStringLiteral("Horák Strojírny s.r.o.")},
                                                {QStringLiteral("partner"), partner},
                                                {QStringLiteral("ico"), QStringLiteral("06932801")},
                                                {QStringLiteral("valid_from"), switched.toString(Qt::ISODate)}});
        if (old)
            order(partner, old, 400, QStringLiteral("3"));
        if (current)
            order(partner, current, 30, QStringLiteral("5"));
    }

    // Kovář Elektro entered twice, by two clerks: the same IČO, the phone written differently.
    void duplicatePair()
    {
        const qint64 first = catalog(QStringLiteral("partners"),
                                     QCborMap{{QStringLiteral("name"), QStringLiteral("Kovář Elektro s.r.o.")},
                                              {QStringLiteral("ico"), QStringLiteral("45274649")},
                                              {QStringLiteral("email"), QStringLiteral("info@kovar-elektro.cz")},
                                              {QStringLiteral("phone"), QStringLiteral("+420 577 123 456")}});
        const qint64 second = catalog(QStringLiteral("partners"),
                                      QCborMap{{QStringLiteral("name"), QStringLiteral("KOVÁŘ ELEKTRO, spol. s r.o.")},
                                               {QStringLiteral("ico"), QStringLiteral("45274649")},
                                               {QStringLiteral("email"), QStringLiteral("Info@Kovar-Elektro.cz")},
                                               {QStringLiteral("phone"), QStringLiteral("577-123-456")}});
        for (const qint64 partner : {first, second}) {
            if (!partner)
                continue;
            const qint64 entity = catalog(QStringLiteral("counterparties"),
                                          QCborMap{{QStringLiteral("name"), QStringLiteral("Kovář Elektro s.r.o.")},
                                                   {QStringLiteral("partner"), partner},
                                                   {QStringLiteral("ico"), QStringLiteral("45274649")}});
            if (entity)
                order(partner, entity, partner == first ? 60 : 10, QStringLiteral("2"));
        }
    }

    CrmDemo &m_demo;
    erp::core::UserInfo m_user;
    std::vector<erp::core::ChangeEvent> m_events;
    qint64 m_organization = 0, m_warehouse = 0, m_product = 0;
};

} // namespace

bool fillClientsDemo(CrmDemo &demo, QString *error)
{
    return ClientsDemo(demo).run(error);
}

} // namespace erp::demo
