#include "democrm.h"

#include "core/access.h"
#include "core/user.h"
#include "core/documentstore.h"
#include "core/postinghelpers.h"
#include "db/sqlvalue.h"
#include "rpc/rpcerror.h"

#include <QCborArray>
#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include "db/query.h"

#include <memory>
#include <vector>

namespace erp::demo {

namespace {

using erp::core::posting::map;
using erp::db::execute;

struct Person
{
    erp::core::UserInfo user;
    std::unique_ptr<erp::core::DocumentStore> store;
};

struct Client
{
    qint64 id = 0, manager = 0, contact = 0;
    QDate since;
};

struct Deal
{
    qint64 id = 0, partner = 0, manager = 0;
    QString status;
    QDate date;
};

struct Topic
{
    const char *type;
    const char *subject;
    const char *result;
};

// What the sales people of a trading company talk about with their customers.
const Topic Topics[] = {
    {"call_outgoing", "Nabídka na jarní sezónu", "Zájem o 20 ks, pošleme cenovou nabídku"},
    {"call_outgoing", "Ověření spokojenosti s dodávkou", "Spokojeni, reklamace žádná"},
    {"call_incoming", "Dotaz na termín dodání", "Potvrzeno dodání do konce týdne"},
    {"call_incoming", "Dotaz na fakturu", "Zasláno znovu e-mailem, chyba v adrese opravena"},
    {"meeting", "Schůzka u zákazníka: roční objednávky", "Dohodnut rámec na příští rok, čekáme na podpis"},
    {"meeting", "Prezentace novinek v sortimentu", "Vzorky předány, ozvou se do 14 dnů"},
    {"email", "Zaslání ceníku", ""},
    {"email", "Potvrzení objednávky", ""},
    {"sms", "Připomenutí splatnosti faktury", ""},
    {"call_outgoing", "Upomínka po splatnosti", "Slíbili úhradu do pátku"},
};

const char *const TaskSubjects[] = {
    "Poslat cenovou nabídku",      "Zavolat kvůli objednávce", "Připravit smlouvu",
    "Ověřit platební podmínky",    "Domluvit schůzku",         "Poslat vzorky",
    "Zkontrolovat stav reklamace", "Aktualizovat kontakty",    "Připravit podklady k jednání",
};

class InteractionsDemo
{
public:
    InteractionsDemo(CrmDemo &demo) : m_demo(demo), m_random(quint32(demo.today.toJulianDay() * 7 + 3)) {}

    bool load(QString *error);
    void run();

private:
    int between(int low, int high) { return low + int(m_random.bounded(quint32(high - low + 1))); }
    bool chance(int percent) { return between(1, 100) <= percent; }
    Person &personFor(qint64 userId);
    QString moment(const QDate &d) const
    {
        return QDateTime(d, QTime(8, 0).addSecs(60 * ((m_count * 37) % 540))).toUTC().toString(Qt::ISODateWithMs);
    }
    static QDate workday(QDate d)
    {
        while (d.dayOfWeek() > 5)
            d = d.addDays(1);
        return d;
    }
    // One document through the store in its own savepoint, then the transitions; a refusal is
    // a defect, counted in the summary.
    std::optional<qint64> enter(Person &who, const QString &kind, const QCborMap &values, const QCborMap &sections,
                                const QStringList &transitions);
    void interaction(const Client &client, const QDate &day, qint64 deal, bool planned);
    void tasks();
    void rule();

    CrmDemo &m_demo;
    QRandomGenerator m_random;
    int m_count = 0;
    std::vector<erp::core::ChangeEvent> m_events;
    std::vector<Person> m_people;
    QHash<qint64, int> m_personOf;
    QList<Client> m_clients;
    QList<Deal> m_deals;
    QList<qint64> m_marketingEvents;
};

bool InteractionsDemo::load(QString *error)
{
    erp::db::Query q(m_demo.db);
    execute(q, QStringLiteral("SELECT ID, CODE, NAME, \"ROLE\" FROM CAT_USERS "
                              "WHERE \"ROLE\" IN ('manager', 'clerk') AND ACTIVE = TRUE ORDER BY ID"));
    while (q.next()) {
        Person p;
        p.user = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                  erp::core::AccessPolicy::rightsOfRole(q.value(3).toString())};
        m_personOf.insert(p.user.id, int(m_people.size()));
        m_people.push_back(std::move(p));
    }
    // Each store keeps a reference to its user: made once the vector no longer moves.
    for (Person &p : m_people)
        p.store = std::make_unique<erp::core::DocumentStore>(m_demo.db, m_demo.model, m_demo.areas, p.user, &m_events);
    // The customers that bought most, with their first contact person.
    execute(q, QStringLiteral("SELECT FIRST 80 p.ID, p.MANAGER, MIN(o.DOC_DATE), "
                              "(SELECT MIN(c.ID) FROM CAT_CONTACT_PERSONS c WHERE c.PARTNER = p.ID) "
                              "FROM DOC_SALES_ORDERS o JOIN CAT_PARTNERS p ON p.ID = o.PARTNER "
                              "GROUP BY p.ID, p.MANAGER ORDER BY COUNT(*) DESC, p.ID"));
    while (q.next())
        m_clients.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(3).toLongLong(),
                          q.value(2).toDateTime().date()});
    execute(q, QStringLiteral("SELECT d.ID, d.PARTNER, d.MANAGER, d.STATUS, d.DOC_DATE FROM DOC_DEALS d "
                              "WHERE d.DELETED = FALSE ORDER BY d.ID"));
    while (q.next())
        m_deals.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                        q.value(4).toDateTime().date()});
    execute(q, QStringLiteral("SELECT ID FROM CAT_MARKETING_EVENTS WHERE DELETED = FALSE ORDER BY ID"));
    while (q.next())
        m_marketingEvents.append(q.value(0).toLongLong());
    if (m_people.empty() || m_clients.isEmpty()) {
        *error = QStringLiteral("CRM demo (interactions): no sales people or no customers with orders");
        return false;
    }
    return true;
}

Person &InteractionsDemo::personFor(qint64 userId)
{
    const auto it = m_personOf.constFind(userId);
    return m_people[size_t(it == m_personOf.constEnd() ? between(0, int(m_people.size()) - 1) : *it)];
}

std::optional<qint64> InteractionsDemo::enter(Person &who, const QString &kind, const QCborMap &values,
                                              const QCborMap &sections, const QStringList &transitions)
{
    erp::db::Query q(m_demo.db);
    execute(q, QStringLiteral("SAVEPOINT DEMO_CRM_TASKS"));
    try {
        QCborMap params = map({{QStringLiteral("kind"), kind}, {QStringLiteral("values"), values}});
        if (!sections.isEmpty())
            params.insert(QStringLiteral("sections"), sections);
        const QCborMap created = who.store->create(params);
        const qint64 id = created.value(QStringLiteral("id")).toInteger();
        qint64 version = created.value(QStringLiteral("version")).toInteger();
        for (const QString &t : transitions)
            version = who.store
                          ->transition(map({{QStringLiteral("kind"), kind},
                                            {QStringLiteral("id"), id},
                                            {QStringLiteral("version"), version},
                                            {QStringLiteral("transition"), t}}))
                          .value(QStringLiteral("version"))
                          .toInteger();
        execute(q, QStringLiteral("RELEASE SAVEPOINT DEMO_CRM_TASKS"));
        m_events.clear();
        ++m_demo.summary->documents[kind];
        ++m_count;
        return id;
    } catch (const erp::rpc::RpcError &e) {
        execute(q, QStringLiteral("ROLLBACK TO SAVEPOINT DEMO_CRM_TASKS"));
        m_events.clear();
        if (m_demo.summary->failed++ == 0)
            m_demo.summary->firstFailure = QStringLiteral("%1: %2 (%3)").arg(kind, e.message, e.field);
        return std::nullopt;
    }
}

void InteractionsDemo::interaction(const Client &client, const QDate &day, qint64 deal, bool planned)
{
    const Topic &topic = Topics[between(0, int(std::size(Topics)) - 1)];
    const QString type = QString::fromLatin1(topic.type);
    Person &who = personFor(client.manager);
    QCborMap values = map({{QStringLiteral("interaction_type"), type},
                           {QStringLiteral("subject"), QString::fromUtf8(topic.subject)},
                           {QStringLiteral("partner"), client.id},
                           {QStringLiteral("date"), moment(day)}});
    if (client.contact)
        values.insert(QStringLiteral("contact"), client.contact);
    if (deal)
        values.insert(QStringLiteral("deal"), deal);
    if (type == QLatin1String("meeting") || type.startsWith(QLatin1String("call")))
        values.insert(QStringLiteral("duration_minutes"), type == QLatin1String("meeting") ? between(30, 120) : between(2, 25));
    if (!m_marketingEvents.isEmpty() && chance(10))
        values.insert(QStringLiteral("marketing_event"), m_marketingEvents.at(between(0, int(m_marketingEvents.size()) - 1)));
    QCborMap sections;
    if (type == QLatin1String("meeting")) {
        QCborArray participants{map({{QStringLiteral("user"), who.user.id}, {QStringLiteral("role"), QStringLiteral("vede schůzku")}})};
        if (client.contact)
            participants.append(map({{QStringLiteral("contact"), client.contact}}));
        sections.insert(QStringLiteral("participants"), participants);
    }
    QStringList transitions;
    if (!planned) {
        if (chance(5)) {
            transitions.append(QStringLiteral("cancel"));
        } else {
            if (*topic.result)
                values.insert(QStringLiteral("result"), QString::fromUtf8(topic.result));
            transitions.append(QStringLiteral("complete"));
        }
    }
    enter(who, QStringLiteral("interactions"), values, sections, transitions);
}

void InteractionsDemo::run()
{
    const QDate start = m_demo.today.addDays(-qMax(1, m_demo.days));
    for (const Client &c : std::as_const(m_clients)) {
        QDate from = c.since.isValid() && c.since > start ? c.since.addDays(-20) : start;
        if (from >= m_demo.today)
            from = m_demo.today.addDays(-30);
        const int span = int(from.daysTo(m_demo.today));
        const int count = between(3, 9);
        QList<QDate> days;
        for (int i = 0; i < count; ++i)
            days.append(workday(from.addDays(between(0, span - 1))));
        std::sort(days.begin(), days.end());
        for (const QDate &d : std::as_const(days))
            if (d < m_demo.today)
                interaction(c, d, 0, false);
        if (chance(25))
            interaction(c, workday(m_demo.today.addDays(between(1, 10))), 0, true);
    }
    // Deals are talked about after they are registered; the open ones have a next step planned.
    QHash<qint64, Client> byId;
    for (const Client &c : std::as_const(m_clients))
        byId.insert(c.id, c);
    for (const Deal &d : std::as_const(m_deals)) {
        Client c = byId.value(d.partner, Client{d.partner, d.manager, 0, {}});
        if (!c.manager)
            c.manager = d.manager;
        const QDate from = d.date.isValid() ? d.date : m_demo.today.addDays(-30);
        const int span = int(qMax<qint64>(1, from.daysTo(m_demo.today)));
        for (int i = between(1, 3); i > 0; --i) {
            const QDate day = workday(from.addDays(between(0, span - 1)));
            if (day < m_demo.today)
                interaction(c, day, d.id, false);
        }
        if (d.status != QLatin1String("won") && d.status != QLatin1String("lost") && chance(50))
            interaction(c, workday(m_demo.today.addDays(between(1, 7))), d.id, true);
    }
    tasks();
    rule();
}

void InteractionsDemo::tasks()
{
    const QDateTime now = QDateTime(m_demo.today, QTime::currentTime()).toUTC();
    auto subject = [&] { return QString::fromUtf8(TaskSubjects[between(0, int(std::size(TaskSubjects)) - 1)]); };
    auto clientOf = [&](const Person &p) {
        QList<const Client *> own;
        for (const Client &c : std::as_const(m_clients))
            if (c.manager == p.user.id)
                own.append(&c);
        return own.isEmpty() ? &m_clients.at(between(0, int(m_clients.size()) - 1)) : own.at(between(0, int(own.size()) - 1));
    };
    for (Person &p : m_people) {
        const auto add = [&](qint64 dueInHours, bool remindBefore, const QStringList &transitions) {
            const Client *c = clientOf(p);
            QCborMap values = map({{QStringLiteral("subject"), subject()},
                                   {QStringLiteral("assignee"), p.user.id},
                                   {QStringLiteral("partner"), c->id},
                                   {QStringLiteral("priority"), chance(20) ? QStringLiteral("high") : QStringLiteral("normal")},
                                   {QStringLiteral("date"), now.addDays(-between(1, 20)).toString(Qt::ISODateWithMs)}});
            if (dueInHours != 0) {
                const QDateTime due = now.addSecs(dueInHours * 3600);
                values.insert(QStringLiteral("due_at"), due.toString(Qt::ISODateWithMs));
                if (remindBefore)
                    values.insert(QStringLiteral("remind_at"), due.addSecs(-3600).toString(Qt::ISODateWithMs));
            }
            if (!transitions.isEmpty())
                values.insert(QStringLiteral("result"), QStringLiteral("Hotovo"));
            enter(p, QStringLiteral("tasks"), values, {}, transitions);
        };
        add(-between(24, 120), false, {});                      // overdue
        add(-between(2, 20), true, {});                         // overdue since this morning
        add(between(24, 240), true, {});                        // coming
        add(between(24, 240), false, {});
        add(1, true, {});                                       // reminded as the server starts
        add(0, false, {});                                      // no due moment
        add(-between(48, 400), true, {QStringLiteral("complete")}); // done
        add(-between(48, 400), false, {QStringLiteral("complete")});
    }
    // Tasks for everyone in a role.
    Person &lead = m_people.front();
    for (const QString &role : {QStringLiteral("manager"), QStringLiteral("clerk")})
        enter(lead, QStringLiteral("tasks"),
              map({{QStringLiteral("subject"), role == QLatin1String("manager") ? QStringLiteral("Schválit slevy nad 10 %")
                                                                                 : QStringLiteral("Zkontrolovat neuhrazené faktury")},
                   {QStringLiteral("assignee_role"), role},
                   {QStringLiteral("due_at"), now.addDays(between(1, 5)).toString(Qt::ISODateWithMs)}}),
              {}, {});
    // What came before today was reminded when its moment came; only what is due from now on
    // reaches the users as a push.
    erp::db::Query q(m_demo.db);
    execute(q,
            QStringLiteral("UPDATE DOC_TASKS SET REMINDED_FOR = COALESCE(REMIND_AT, DUE_AT) "
                           "WHERE COALESCE(REMIND_AT, DUE_AT) < ?"),
            {QDateTime(now.date(), now.time())});
}

void InteractionsDemo::rule()
{
    erp::db::Query q(m_demo.db);
    execute(q, QStringLiteral("SAVEPOINT DEMO_CRM_RULE"));
    try {
        const erp::core::UserInfo &admin = m_people.front().user;
        erp::core::CatalogStore store(m_demo.db, m_demo.model, admin, &m_events);
        store.create(map({{QStringLiteral("kind"), QStringLiteral("follow_up_rules")},
                          {QStringLiteral("values"),
                           map({{QStringLiteral("name"), QStringLiteral("Obchod bez kontaktu 14 dní")},
                                {QStringLiteral("applies_to"), QStringLiteral("deals")},
                                {QStringLiteral("days"), 14},
                                {QStringLiteral("task_subject"), QStringLiteral("Ozvat se k otevřenému obchodu")},
                                {QStringLiteral("due_days"), 2}})}}));
        execute(q, QStringLiteral("RELEASE SAVEPOINT DEMO_CRM_RULE"));
    } catch (const erp::rpc::RpcError &e) {
        execute(q, QStringLiteral("ROLLBACK TO SAVEPOINT DEMO_CRM_RULE"));
        if (m_demo.summary->failed++ == 0)
            m_demo.summary->firstFailure = QStringLiteral("follow_up_rules: %1 (%2)").arg(e.message, e.field);
    }
    m_events.clear();
}

} // namespace

// Interactions over the demo history for the customers that bought most (calls, meetings,
// e-mails, SMS; some tied to the deals the deals part entered just before), a few planned
// ones ahead, open, overdue and done tasks for every sales person and for the roles, and one
// follow-up rule for open deals.
bool fillInteractionsDemo(CrmDemo &demo, QString *error)
{
    InteractionsDemo filler(demo);
    if (!filler.load(error))
        return false;
    filler.run();
    return true;
}

} // namespace erp::demo
