// Deals for the demo company: two sales processes, reasons, a seminar and an exhibition with
// their costs, and deals of the demo's customers in every stage, some won with the order based
// on them, some lost with their reasons. Written through the real stores, one savepoint each.
#include "democrm.h"

#include "core/access.h"
#include "core/areas.h"
#include "core/catalogstore.h"
#include "core/dbdatasource.h"
#include "core/documentstore.h"
#include "crm/dealtypeseed.h"
#include "core/postinghelpers.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"
#include "rpc/rpcerror.h"

#include <QCborArray>
#include <QDateTime>
#include <QDebug>
#include "db/query.h"

#include <functional>

namespace erp::demo {

namespace {

using erp::core::posting::map;
using erp::db::execute;

struct Customer
{
    qint64 partner = 0, counterparty = 0, source = 0;
};

class DealsDemo
{
public:
    explicit DealsDemo(CrmDemo &demo) : m_demo(demo) {}

    bool run(QString *error);

private:
    // One object in a savepoint: a refusal is rolled back, counted and printed (a defect).
    std::optional<QCborMap> save(const QString &kind, const std::function<QCborMap()> &write)
    {
        erp::db::Query q(m_demo.db);
        execute(q, QStringLiteral("SAVEPOINT DEMO_DEAL"));
        try {
            const QCborMap created = write();
            execute(q, QStringLiteral("RELEASE SAVEPOINT DEMO_DEAL"));
            m_events.clear();
            ++m_demo.summary->documents[kind];
            return created;
        } catch (const erp::rpc::RpcError &e) {
            execute(q, QStringLiteral("ROLLBACK TO SAVEPOINT DEMO_DEAL"));
            m_events.clear();
            const QString failure = QStringLiteral("%1: %2 (%3)").arg(kind, e.message, e.field);
            qWarning().noquote() << "demo deals:" << failure;
            if (m_demo.summary->failed++ == 0)
                m_demo.summary->firstFailure = failure;
            return std::nullopt;
        }
    }
    qint64 catalog(const QString &kind, const QCborMap &values, const QCborMap &sections = {})
    {
        const auto created = save(kind, [&] {
            QCborMap p = map({{QStringLiteral("kind"), kind}, {QStringLiteral("values"), values}});
            if (!sections.isEmpty())
                p.insert(QStringLiteral("sections"), sections);
            return m_catalogs->create(p);
        });
        return created ? created->value(QStringLiteral("id")).toInteger() : 0;
    }
    QString moment(int daysAgo) const
    {
        return QDateTime(m_demo.today.addDays(-daysAgo), QTime(9, 30), Qt::UTC).toString(Qt::ISODateWithMs);
    }
    // The partner first came through `event` (its source with it): recorded on the partner,
    // so its deals take both from there.
    bool recordOrigin(const Customer &c, qint64 event, qint64 source)
    {
        return save(QStringLiteral("partners"), [&] {
            const QCborMap partner = m_catalogs->read(
                map({{QStringLiteral("kind"), QStringLiteral("partners")}, {QStringLiteral("id"), c.partner}}));
            QCborMap values = map({{QStringLiteral("marketing_event"), event}});
            if (source)
                values.insert(QStringLiteral("source"), source);
            return m_catalogs->update(map({{QStringLiteral("kind"), QStringLiteral("partners")},
                                           {QStringLiteral("id"), c.partner},
                                           {QStringLiteral("version"), partner.value(QStringLiteral("version"))},
                                           {QStringLiteral("values"), values}}));
        }).has_value();
    }
    // Moves a deal and dates the move `daysAgo` (the demo tells a story that took weeks).
    std::optional<QCborMap> move(QCborMap deal, const QString &transition, int daysAgo);
    std::optional<QCborMap> complete(const QCborMap &deal, const QString &action);
    void dateHistory(qint64 deal, int daysAgo);
    void makeTypes();
    void makeEvents();
    bool load(QString *error);
    void makeDeals();

    CrmDemo &m_demo;
    std::vector<erp::core::ChangeEvent> m_events;
    erp::core::UserInfo m_user;
    std::unique_ptr<erp::core::CatalogStore> m_catalogs;
    std::unique_ptr<erp::core::DocumentStore> m_documents;
    qint64 m_organization = 0, m_warehouse = 0;
    qint64 m_standard = 0, m_quick = 0;
    qint64 m_seminar = 0, m_exhibition = 0, m_seminarSource = 0, m_exhibitionSource = 0;
    QList<qint64> m_wonReasons, m_lostReasons, m_unmetReasons;
    QList<Customer> m_customers;
    QList<std::pair<qint64, QString>> m_products; // goods and their sale price
};

bool DealsDemo::load(QString *error)
{
    const std::optional<erp::core::UserInfo> user = firstDemoUser(m_demo, {QStringLiteral("manager")});
    if (!user) {
        *error = QStringLiteral("demo deals: no manager");
        return false;
    }
    m_user = *user;
    erp::db::Query q(m_demo.db);
    m_catalogs = std::make_unique<erp::core::CatalogStore>(m_demo.db, m_demo.model, m_user, &m_events);
    m_catalogs->setAreas(&m_demo.areas);
    m_documents = std::make_unique<erp::core::DocumentStore>(m_demo.db, m_demo.model, m_demo.areas, m_user, &m_events);
    execute(q, QStringLiteral("SELECT FIRST 1 o.ID, w.ID FROM CAT_ORGANIZATIONS o JOIN CAT_WAREHOUSES w "
                              "ON w.ORGANIZATION = o.ID ORDER BY o.ID, w.ID"));
    if (!q.next()) {
        *error = QStringLiteral("demo deals: no organization with a warehouse");
        return false;
    }
    m_organization = q.value(0).toLongLong();
    m_warehouse = q.value(1).toLongLong();
    execute(q, QStringLiteral("SELECT FIRST 40 p.ID, MIN(c.ID), MIN(p.SOURCE) FROM CAT_PARTNERS p "
                              "JOIN CAT_COUNTERPARTIES c ON c.PARTNER = p.ID WHERE p.IS_GROUP = FALSE "
                              "AND p.IS_CLIENT = TRUE AND p.IS_SUPPLIER = FALSE GROUP BY p.ID ORDER BY p.ID DESC"));
    while (q.next())
        m_customers.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    execute(q, QStringLiteral("SELECT FIRST 12 ID, CAST(SALE_PRICE AS VARCHAR(40)) FROM CAT_PRODUCTS "
                              "WHERE PRODUCT_TYPE = 'goods' AND SALE_PRICE > 0 ORDER BY ID"));
    while (q.next())
        m_products.append({q.value(0).toLongLong(), q.value(1).toString()});
    execute(q, QStringLiteral("SELECT FIRST 2 ID FROM CAT_INFORMATION_SOURCES ORDER BY ID"));
    if (q.next())
        m_seminarSource = q.value(0).toLongLong();
    if (q.next())
        m_exhibitionSource = q.value(0).toLongLong();
    if (m_customers.size() < 24 || m_products.isEmpty()) {
        *error = QStringLiteral("demo deals: too few customers or products");
        return false;
    }
    return true;
}

void DealsDemo::makeTypes()
{
    auto stage = [](const char *name, const char *probability, bool maySkip, int days) {
        return map({{QStringLiteral("stage"), QString::fromLatin1(name)},
                    {QStringLiteral("probability"), QString::fromLatin1(probability)},
                    {QStringLiteral("may_skip"), maySkip},
                    {QStringLiteral("expected_days"), days}});
    };
    auto action = [](const char *state, const char *name, const QString &title, bool required) {
        return map({{QStringLiteral("stage"), QString::fromLatin1(state)}, {QStringLiteral("name"), QString::fromLatin1(name)},
                    {QStringLiteral("title"), title}, {QStringLiteral("required"), required}});
    };
    // The company's standard sale is the process every database starts with, given actions.
    const QCborMap sections =
        map({{QStringLiteral("stages"),
              QCborArray{stage("lead", "10", false, 5), stage("qualification", "25", false, 7),
                         stage("proposal", "50", false, 14), stage("negotiation", "75", false, 21)}},
             {QStringLiteral("actions"),
              QCborArray{action("qualification", "call", QStringLiteral("Zavolat klientovi a zjistit potřebu"), true),
                         action("qualification", "budget", QStringLiteral("Zjistit rozpočet"), false),
                         action("proposal", "offer", QStringLiteral("Poslat nabídku"), true),
                         action("proposal", "demo", QStringLiteral("Předvést produkt"), false),
                         action("negotiation", "terms", QStringLiteral("Dohodnout platební podmínky"), true)}}});
    if (const qint64 seeded = erp::core::DbDataSource(m_demo.db, m_demo.model)
                                  .idByCode(QStringLiteral("deal_types"), QLatin1String(erp::crm::DefaultDealTypeCode))) {
        const auto updated = save(QStringLiteral("deal_types"), [&] {
            const QCborMap type = m_catalogs->read(
                map({{QStringLiteral("kind"), QStringLiteral("deal_types")}, {QStringLiteral("id"), seeded}}));
            return m_catalogs->update(map({{QStringLiteral("kind"), QStringLiteral("deal_types")},
                                           {QStringLiteral("id"), seeded},
                                           {QStringLiteral("version"), type.value(QStringLiteral("version"))},
                                           {QStringLiteral("sections"), sections}}));
        });
        m_standard = updated ? seeded : 0;
    } else {
        m_standard = catalog(QStringLiteral("deal_types"),
                             map({{QStringLiteral("name"), QStringLiteral("Standardní prodej")}}), sections);
    }
    m_quick = catalog(QStringLiteral("deal_types"), map({{QStringLiteral("name"), QStringLiteral("Rychlý prodej")}}),
                      map({{QStringLiteral("stages"), QCborArray{stage("lead", "20", false, 2),
                                                                 stage("qualification", "40", true, 2),
                                                                 stage("proposal", "60", false, 5)}},
                           {QStringLiteral("actions"),
                            QCborArray{action("proposal", "offer", QStringLiteral("Poslat nabídku"), true)}}}));
    auto reason = [&](const QString &name, const char *kind) {
        return catalog(QStringLiteral("deal_reasons"),
                       map({{QStringLiteral("name"), name}, {QStringLiteral("applies_to"), QString::fromLatin1(kind)}}));
    };
    m_wonReasons = {reason(QStringLiteral("Nejlepší cena"), "won"), reason(QStringLiteral("Reference a servis"), "won")};
    m_lostReasons = {reason(QStringLiteral("Příliš drahé"), "lost"), reason(QStringLiteral("Vybrali konkurenci"), "lost"),
                     reason(QStringLiteral("Nemají rozpočet"), "lost")};
    m_unmetReasons = {reason(QStringLiteral("Nemáme v sortimentu"), "unmet_demand"),
                      reason(QStringLiteral("Dlouhá dodací lhůta"), "unmet_demand")};
}

void DealsDemo::makeEvents()
{
    auto cost = [](const QDate &d, const QString &what, const char *amount) {
        return map({{QStringLiteral("date"), d.toString(Qt::ISODate)},
                    {QStringLiteral("description"), what},
                    {QStringLiteral("amount"), QString::fromLatin1(amount)}});
    };
    const QDate seminar = m_demo.today.addDays(-75), fair = m_demo.today.addDays(-120);
    m_seminar = catalog(QStringLiteral("marketing_events"),
                        map({{QStringLiteral("name"), QStringLiteral("Seminář Moderní dílna")},
                             {QStringLiteral("event_type"), QStringLiteral("seminar")},
                             {QStringLiteral("information_source"), m_seminarSource ? QCborValue(m_seminarSource) : QCborValue()},
                             {QStringLiteral("starts_on"), seminar.toString(Qt::ISODate)},
                             {QStringLiteral("ends_on"), seminar.toString(Qt::ISODate)},
                             {QStringLiteral("budget"), QStringLiteral("40000")},
                             {QStringLiteral("responsible"), m_user.id}}),
                        map({{QStringLiteral("costs"),
                              QCborArray{cost(seminar.addDays(-20), QStringLiteral("Pronájem sálu"), "15000"),
                                         cost(seminar, QStringLiteral("Občerstvení"), "6200"),
                                         cost(seminar, QStringLiteral("Tištěné materiály"), "3800")}}}));
    m_exhibition = catalog(QStringLiteral("marketing_events"),
                           map({{QStringLiteral("name"), QStringLiteral("Veletrh Amper")},
                                {QStringLiteral("event_type"), QStringLiteral("exhibition")},
                                {QStringLiteral("information_source"),
                                 m_exhibitionSource ? QCborValue(m_exhibitionSource) : QCborValue()},
                                {QStringLiteral("starts_on"), fair.toString(Qt::ISODate)},
                                {QStringLiteral("ends_on"), fair.addDays(3).toString(Qt::ISODate)},
                                {QStringLiteral("budget"), QStringLiteral("150000")},
                                {QStringLiteral("responsible"), m_user.id}}),
                           map({{QStringLiteral("costs"),
                                 QCborArray{cost(fair.addDays(-60), QStringLiteral("Stánek"), "85000"),
                                            cost(fair, QStringLiteral("Doprava exponátů"), "12500"),
                                            cost(fair.addDays(3), QStringLiteral("Hostesky"), "18000")}}}));
}

void DealsDemo::dateHistory(qint64 deal, int daysAgo)
{
    erp::db::Query q(m_demo.db);
    execute(q,
            QStringLiteral("UPDATE ERP_WORKFLOW_HISTORY SET MOVED_AT = ? WHERE ID = (SELECT MAX(ID) FROM "
                           "ERP_WORKFLOW_HISTORY WHERE OBJECT_ID = ?)"),
            {QDateTime(m_demo.today.addDays(-daysAgo), QTime(10, 0)), qlonglong(deal)});
}

std::optional<QCborMap> DealsDemo::complete(const QCborMap &deal, const QString &action)
{
    return save(QStringLiteral("deal actions"), [&] {
        return m_documents->completeAction(map({{QStringLiteral("kind"), QStringLiteral("deals")},
                                                {QStringLiteral("id"), deal.value(QStringLiteral("id"))},
                                                {QStringLiteral("action"), action}}));
    });
}

std::optional<QCborMap> DealsDemo::move(QCborMap deal, const QString &transition, int daysAgo)
{
    const qint64 id = deal.value(QStringLiteral("id")).toInteger();
    // The manager does what the stage asks before moving on.
    const QCborArray actions = m_documents->history(map({{QStringLiteral("kind"), QStringLiteral("deals")},
                                                          {QStringLiteral("id"), id}}))
                                   .value(QStringLiteral("actions"))
                                   .toArray();
    for (const QCborValue &a : actions)
        if (!a.toMap().value(QStringLiteral("done")).toBool())
            complete(deal, a.toMap().value(QStringLiteral("name")).toString());
    return save(QStringLiteral("deal moves"), [&] {
        const QCborMap moved = m_documents->transition(map({{QStringLiteral("kind"), QStringLiteral("deals")},
                                                            {QStringLiteral("id"), id},
                                                            {QStringLiteral("version"), deal.value(QStringLiteral("version"))},
                                                            {QStringLiteral("transition"), transition}}));
        dateHistory(id, daysAgo);
        return moved;
    });
}

void DealsDemo::makeDeals()
{
    // (stages walked, outcome, type): every stage of both processes, won and lost ones.
    struct Plan
    {
        QStringList path;
        bool quick = false;
    };
    const QList<Plan> plans{
        {{}, false},
        {{}, true},
        {{QStringLiteral("to_qualification")}, false},
        {{QStringLiteral("to_qualification")}, false},
        {{QStringLiteral("to_qualification"), QStringLiteral("to_proposal")}, false},
        {{QStringLiteral("to_qualification"), QStringLiteral("to_proposal")}, false},
        {{QStringLiteral("to_qualification"), QStringLiteral("to_proposal"), QStringLiteral("to_negotiation")}, false},
        {{QStringLiteral("to_qualification"), QStringLiteral("to_proposal"), QStringLiteral("to_negotiation")}, false},
        {{QStringLiteral("to_proposal")}, true},
        {{QStringLiteral("to_qualification"), QStringLiteral("to_proposal")}, true},
        {{QStringLiteral("to_qualification"), QStringLiteral("to_proposal"), QStringLiteral("to_negotiation"),
          QStringLiteral("win")},
         false},
        {{QStringLiteral("to_qualification"), QStringLiteral("to_proposal"), QStringLiteral("to_negotiation"),
          QStringLiteral("win")},
         false},
        {{QStringLiteral("to_proposal"), QStringLiteral("win")}, true},
        {{QStringLiteral("to_proposal"), QStringLiteral("win")}, true},
        {{QStringLiteral("to_qualification"), QStringLiteral("to_proposal"), QStringLiteral("lose")}, false},
        {{QStringLiteral("to_qualification"), QStringLiteral("lose")}, false},
        {{QStringLiteral("to_qualification"), QStringLiteral("to_proposal"), QStringLiteral("to_negotiation"),
          QStringLiteral("lose")},
         false},
        {{QStringLiteral("to_proposal"), QStringLiteral("lose")}, true},
        {{QStringLiteral("lose")}, true},
        {{}, false},
        {{QStringLiteral("to_qualification")}, true},
        {{QStringLiteral("to_qualification"), QStringLiteral("to_proposal"), QStringLiteral("to_negotiation")}, false},
        {{QStringLiteral("to_proposal")}, true},
        {{QStringLiteral("to_qualification"), QStringLiteral("to_proposal"), QStringLiteral("to_negotiation"),
          QStringLiteral("win")},
         false},
    };
    const QStringList subjects{QStringLiteral("Vybavení dílny"), QStringLiteral("Nářadí pro novou pobočku"),
                               QStringLiteral("Obnova strojového parku"), QStringLiteral("Sezónní zásoba"),
                               QStringLiteral("Rámcová dodávka"), QStringLiteral("Poptávka z webu")};
    for (qsizetype i = 0; i < plans.size(); ++i) {
        const Plan &plan = plans.at(i);
        const Customer &c = m_customers.at(i);
        // Every third deal came from the seminar, every fifth from the exhibition. The
        // seminar's clients first came through it: the partner says so and its deal takes the
        // event and source from the partner; the exhibition's deals name theirs.
        const bool fromSeminar = i % 3 == 0 && m_seminar && recordOrigin(c, m_seminar, m_seminarSource);
        const qint64 event = fromSeminar ? 0 : i % 3 == 0 ? m_seminar : i % 5 == 0 ? m_exhibition : 0;
        const qint64 source = fromSeminar ? 0 : event == m_seminar ? m_seminarSource : event ? m_exhibitionSource : c.source;
        QCborArray products;
        erp::Decimal amount;
        for (int k = 0; k < 1 + int(i % 3); ++k) {
            const auto &[product, price] = m_products.at((i * 3 + k) % m_products.size());
            const int quantity = 1 + int((i + k) % 4);
            products.append(map({{QStringLiteral("product"), product},
                                 {QStringLiteral("quantity"), QString::number(quantity)},
                                 {QStringLiteral("price"), price}}));
            const erp::Decimal line =
                erp::Decimal::parse(price).value_or(erp::Decimal()).times(erp::Decimal::fromUnits(quantity, 0), 0).value_or(erp::Decimal());
            amount = amount.plus(line).value_or(amount); // a round estimate, as a manager makes it
        }
        const int started = 20 + int(i) * 3; // days ago
        QCborMap values = map({{QStringLiteral("date"), moment(started)},
                               {QStringLiteral("subject"), subjects.at(i % subjects.size())},
                               {QStringLiteral("partner"), c.partner},
                               {QStringLiteral("deal_type"), plan.quick ? m_quick : m_standard},
                               {QStringLiteral("manager"), m_user.id},
                               {QStringLiteral("expected_close"), m_demo.today.addDays(30 - int(i)).toString(Qt::ISODate)}});
        if (source)
            values.insert(QStringLiteral("information_source"), source);
        if (event)
            values.insert(QStringLiteral("marketing_event"), event);
        if (i % 4 != 1) // a few are registered before anything is known
            values.insert(QStringLiteral("expected_amount"), amount.toString());
        QCborMap sections;
        if (i % 4 != 1)
            sections.insert(QStringLiteral("products"), products);
        if (i % 6 == 2)
            sections.insert(QStringLiteral("unmet_demand"),
                            QCborArray{map({{QStringLiteral("description"), QStringLiteral("Průmyslový kompresor")},
                                            {QStringLiteral("quantity"), QStringLiteral("1")},
                                            {QStringLiteral("reason"), m_unmetReasons.at(i % 2)}})});
        std::optional<QCborMap> deal = save(QStringLiteral("deals"), [&] {
            return m_documents->create(map({{QStringLiteral("kind"), QStringLiteral("deals")},
                                            {QStringLiteral("values"), values},
                                            {QStringLiteral("sections"), sections}}));
        });
        if (!deal)
            continue;
        const qint64 id = deal->value(QStringLiteral("id")).toInteger();
        dateHistory(id, started);
        for (qsizetype s = 0; s < plan.path.size() && deal; ++s) {
            const QString &t = plan.path.at(s);
            const int daysAgo = started - 4 * int(s + 1);
            if (t == QLatin1String("win") || t == QLatin1String("lose")) {
                const QList<qint64> &reasons = t == QLatin1String("win") ? m_wonReasons : m_lostReasons;
                deal = save(QStringLiteral("deal reasons"), [&] {
                    return m_documents->update(map({{QStringLiteral("kind"), QStringLiteral("deals")},
                                                    {QStringLiteral("id"), id},
                                                    {QStringLiteral("version"), deal->value(QStringLiteral("version"))},
                                                    {QStringLiteral("values"),
                                                     map({{QStringLiteral("outcome_reason"), reasons.at(i % reasons.size())}})}}));
                });
                if (!deal)
                    break;
            }
            deal = move(*deal, t, qMax(1, daysAgo));
        }
        if (!deal || deal->value(QStringLiteral("status")).toString() != QLatin1String("won"))
            continue;
        // The won deal becomes an order based on it.
        const erp::core::BasedOnRule *rule = m_demo.areas.basedOn(QStringLiteral("deals"), QStringLiteral("sales_orders"));
        const erp::meta::ObjectKind *orders = m_demo.model.kind(QStringLiteral("sales_orders"));
        save(QStringLiteral("sales_orders"), [&] {
            const QCborMap dealRead = m_documents->readDocument(*m_demo.model.kind(QStringLiteral("deals")), id);
            const QCborMap proposal = m_documents->proposal(*rule, *orders, dealRead, id);
            QCborMap orderValues = proposal.value(QStringLiteral("values")).toMap();
            orderValues.insert(QStringLiteral("organization"), m_organization);
            orderValues.insert(QStringLiteral("warehouse"), m_warehouse);
            orderValues.insert(QStringLiteral("counterparty"), c.counterparty);
            orderValues.insert(QStringLiteral("date"), moment(qMax(1, started - 20)));
            QCborArray lines;
            for (const QCborValue &l : proposal.value(QStringLiteral("sections")).toMap().value(QStringLiteral("lines")).toArray()) {
                QCborMap line = l.toMap();
                line.remove(QStringLiteral("display"));
                line.insert(QStringLiteral("reservation"), QStringLiteral("ship_later"));
                lines.append(line);
            }
            if (lines.isEmpty())
                lines.append(map({{QStringLiteral("description"), deal->value(QStringLiteral("subject"))},
                                  {QStringLiteral("quantity"), QStringLiteral("1")},
                                  {QStringLiteral("price"), QStringLiteral("10000")}}));
            return m_documents->create(map({{QStringLiteral("kind"), QStringLiteral("sales_orders")},
                                            {QStringLiteral("values"), orderValues},
                                            {QStringLiteral("sections"), map({{QStringLiteral("lines"), lines}})},
                                            {QStringLiteral("post"), true}}));
        });
    }
}

bool DealsDemo::run(QString *error)
{
    if (!load(error))
        return false;
    makeTypes();
    makeEvents();
    if (!m_standard || !m_quick || m_lostReasons.contains(0) || m_wonReasons.contains(0)) {
        *error = QStringLiteral("demo deals: the deal types or reasons were refused: %1").arg(m_demo.summary->firstFailure);
        return false;
    }
    makeDeals();
    return true;
}

} // namespace

bool fillDealsDemo(CrmDemo &demo, QString *error)
{
    DealsDemo deals(demo);
    return deals.run(error);
}

} // namespace erp::demo
