// Interactions and tasks through the real server, with its scheduler ticking every second:
// interactions planned, done and cancelled with their history; a contact or a deal of another
// client refused; a task for a user or a role, never both; "my tasks" overdue first; a
// reminder pushed once to the assignee's sessions only, again when its moment changes; a
// follow-up rule raising exactly one task for a client silent too long.
#include "catalogclient.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QTest>

using erp::client::Connection;
using erp::client::Reply;
using erp::protocol::ErrorCode;
using namespace erp::test;

namespace {

// Long enough for several scheduler ticks (1 s each) on a loaded machine.
constexpr int PushTimeoutMs = 15000;

QString at(qint64 secondsFromNow)
{
    return QDateTime::currentDateTimeUtc().addSecs(secondsFromNow).toString(Qt::ISODate);
}

QString daysAgo(int days)
{
    return QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODate);
}

qint64 idOf(const Reply &r)
{
    return r.result.toMap().value(QStringLiteral("id")).toInteger();
}

// Every `reminder` push that reaches the connection within timeoutMs; stops early once one
// for `task` has arrived (0: waits the whole time). Other pushes (`changed`) are dropped.
QList<QCborMap> reminders(Connection &c, int timeoutMs, qint64 task = 0)
{
    QList<QCborMap> out;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        for (const QCborMap &e : c.waitForEvents(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (e.value(QStringLiteral("event")).toString() != QLatin1String("reminder"))
                continue;
            const QCborMap data = e.value(QStringLiteral("data")).toMap();
            out.append(data);
            if (task && data.value(QStringLiteral("id")).toInteger() == task)
                return out;
        }
    }
    return out;
}

int countFor(const QList<QCborMap> &pushes, qint64 task)
{
    return int(std::count_if(pushes.cbegin(), pushes.cend(), [&](const QCborMap &d) {
        return d.value(QStringLiteral("id")).toInteger() == task;
    }));
}

} // namespace

class TestInteractions : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<Connection> m_c, m_anna, m_bob;
    qint64 m_annaId = 0, m_bobId = 0;
    qint64 m_alfa = 0, m_beta = 0, m_alfaContact = 0, m_betaContact = 0, m_alfaDeal = 0, m_betaDeal = 0, m_dealType = 0;
    qint64 m_source = 0;

    Reply create(Connection &c, const QString &kind, const QCborMap &values, const QCborMap &sections = {})
    {
        QCborMap p = params(kind, {{QStringLiteral("values"), values}});
        if (!sections.isEmpty())
            p.insert(QStringLiteral("sections"), sections);
        return c.call(QStringLiteral("document.create"), p);
    }

    QCborMap read(const QString &kind, qint64 id)
    {
        return m_c->call(QStringLiteral("document.read"), params(kind, {{QStringLiteral("id"), id}})).result.toMap();
    }

    Reply update(Connection &c, const QString &kind, qint64 id, const QCborMap &values)
    {
        return c.call(QStringLiteral("document.update"),
                      params(kind, {{QStringLiteral("id"), id},
                                    {QStringLiteral("version"), read(kind, id).value(QStringLiteral("version"))},
                                    {QStringLiteral("values"), values}}));
    }

    Reply move(Connection &c, const QString &kind, qint64 id, const QString &transition)
    {
        return c.call(QStringLiteral("document.transition"),
                      params(kind, {{QStringLiteral("id"), id},
                                    {QStringLiteral("version"), read(kind, id).value(QStringLiteral("version"))},
                                    {QStringLiteral("transition"), transition}}));
    }

    QCborMap call(const QString &subject, qint64 partner, const QString &date)
    {
        return map({{QStringLiteral("interaction_type"), QStringLiteral("call_outgoing")},
                    {QStringLiteral("subject"), subject},
                    {QStringLiteral("partner"), partner},
                    {QStringLiteral("date"), date}});
    }

    qint64 task(Connection &c, const QCborMap &values)
    {
        const Reply r = create(c, QStringLiteral("tasks"), values);
        if (!r.ok)
            qWarning().noquote() << "task:" << r.error.message << r.error.field;
        return idOf(r);
    }

    QCborArray myTasks(Connection &c, const QCborMap &p = {})
    {
        const Reply r = c.call(QStringLiteral("crm.myTasks"), p);
        if (!r.ok)
            qWarning().noquote() << "crm.myTasks:" << r.error.message;
        return r.result.toMap().value(QStringLiteral("rows")).toArray();
    }

    qint64 user(const QString &login, const QString &role)
    {
        const qint64 id = createCatalog(*m_c, QStringLiteral("users"),
                                        map({{QStringLiteral("code"), login},
                                             {QStringLiteral("name"), login.toUpper()},
                                             {QStringLiteral("role"), role}}));
        const Reply r = m_c->call(QStringLiteral("auth.setPassword"),
                                  map({{QStringLiteral("login"), login},
                                       {QStringLiteral("password"), QStringLiteral("Password-of-") + login}}));
        return r.ok ? id : 0;
    }

    // Tasks a follow-up rule raised, of one partner.
    QCborArray followUps(qint64 rule, qint64 partner)
    {
        QCborMap p = params(QStringLiteral("tasks"));
        p.insert(QStringLiteral("filters"),
                 QCborArray{map({{QStringLiteral("field"), QStringLiteral("follow_up_rule")}, {QStringLiteral("value"), rule}}),
                            map({{QStringLiteral("field"), QStringLiteral("partner")}, {QStringLiteral("value"), partner}})});
        return m_c->call(QStringLiteral("document.list"), p).result.toMap().value(QStringLiteral("rows")).toArray();
    }

    // Returns once the scheduler has run `count` more full rounds of its jobs: a task for
    // anna reminded at once is pushed by the reminder job of the next round, which starts
    // after every job of the round before it has finished. `seen`: every reminder anna got
    // meanwhile.
    bool ticks(int count, QList<QCborMap> *seen = nullptr)
    {
        for (int i = 0; i < count; ++i) {
            const qint64 marker = task(*m_c, map({{QStringLiteral("subject"), QStringLiteral("marker %1").arg(i)},
                                                  {QStringLiteral("assignee"), m_annaId},
                                                  {QStringLiteral("remind_at"), at(-1)}}));
            const QList<QCborMap> pushed = marker ? reminders(*m_anna, PushTimeoutMs, marker) : QList<QCborMap>();
            if (seen)
                *seen += pushed;
            if (countFor(pushed, marker) != 1)
                return false;
            if (!move(*m_c, QStringLiteral("tasks"), marker, QStringLiteral("complete")).ok)
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start({QStringLiteral("--scheduler-interval"), QStringLiteral("1")}));
        m_c = m_server.connect();
        QVERIFY(m_c);
        m_annaId = user(QStringLiteral("anna"), QStringLiteral("manager"));
        m_bobId = user(QStringLiteral("bob"), QStringLiteral("clerk"));
        QVERIFY(m_annaId && m_bobId);
        m_anna = m_server.connect(QStringLiteral("anna"), QStringLiteral("Password-of-anna"));
        m_bob = m_server.connect(QStringLiteral("bob"), QStringLiteral("Password-of-bob"));
        QVERIFY(m_anna && m_bob);
        m_source = createCatalog(*m_c, QStringLiteral("information_sources"),
                                 map({{QStringLiteral("name"), QStringLiteral("Veletrh Brno")}}));
        m_alfa = createCatalog(*m_c, QStringLiteral("partners"),
                               map({{QStringLiteral("name"), QStringLiteral("Alfa Stavby")},
                                    {QStringLiteral("source"), m_source},
                                    {QStringLiteral("manager"), m_annaId}}));
        m_beta = createCatalog(*m_c, QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Beta Obchod")}}));
        m_alfaContact = createCatalog(*m_c, QStringLiteral("contact_persons"),
                                      map({{QStringLiteral("name"), QStringLiteral("Jana Nová")}, {QStringLiteral("partner"), m_alfa}}));
        m_betaContact = createCatalog(*m_c, QStringLiteral("contact_persons"),
                                      map({{QStringLiteral("name"), QStringLiteral("Petr Starý")}, {QStringLiteral("partner"), m_beta}}));
        m_dealType = standardDealType(*m_c);
        QVERIFY(m_dealType);
        m_alfaDeal = idOf(create(*m_c, QStringLiteral("deals"),
                                 map({{QStringLiteral("subject"), QStringLiteral("Lešení")}, {QStringLiteral("partner"), m_alfa},
                                      {QStringLiteral("deal_type"), m_dealType}})));
        m_betaDeal = idOf(create(*m_c, QStringLiteral("deals"),
                                 map({{QStringLiteral("subject"), QStringLiteral("Regály")}, {QStringLiteral("partner"), m_beta},
                                      {QStringLiteral("deal_type"), m_dealType}})));
        QVERIFY(m_source && m_alfa && m_beta && m_alfaContact && m_betaContact && m_alfaDeal && m_betaDeal);
    }

    void interactionIsPlannedDoneCancelledWithHistory()
    {
        const Reply r = create(*m_c, QStringLiteral("interactions"),
                               map({{QStringLiteral("interaction_type"), QStringLiteral("call_outgoing")},
                                    {QStringLiteral("subject"), QStringLiteral("Nabídka lešení")},
                                    {QStringLiteral("partner"), m_alfa},
                                    {QStringLiteral("contact"), m_alfaContact},
                                    {QStringLiteral("deal"), m_alfaDeal},
                                    {QStringLiteral("duration_minutes"), 15},
                                    {QStringLiteral("date"), at(3600)}}),
                               map({{QStringLiteral("participants"),
                                     QCborArray{map({{QStringLiteral("user"), m_annaId}, {QStringLiteral("role"), QStringLiteral("volá")}}),
                                                map({{QStringLiteral("contact"), m_alfaContact}})}}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 id = idOf(r);
        QCborMap doc = r.result.toMap();
        QCOMPARE(doc.value(QStringLiteral("status")).toString(), QStringLiteral("planned"));
        QVERIFY(doc.value(QStringLiteral("number")).toString().startsWith(QLatin1String("IN-")));
        // Defaults from the client: the information source and the manager.
        QCOMPARE(doc.value(QStringLiteral("information_source")).toInteger(), m_source);
        QCOMPARE(doc.value(QStringLiteral("manager")).toInteger(), m_annaId);

        // A call is done only with its result.
        Reply done = move(*m_c, QStringLiteral("interactions"), id, QStringLiteral("complete"));
        QVERIFY(!done.ok);
        QCOMPARE(done.error.code, ErrorCode::Validation);
        QCOMPARE(done.error.field, QStringLiteral("result"));
        QCOMPARE(read(QStringLiteral("interactions"), id).value(QStringLiteral("status")).toString(), QStringLiteral("planned"));
        QVERIFY(update(*m_c, QStringLiteral("interactions"), id, map({{QStringLiteral("result"), QStringLiteral("Chtějí nabídku do pátku")}})).ok);
        done = move(*m_c, QStringLiteral("interactions"), id, QStringLiteral("complete"));
        QVERIFY2(done.ok, qPrintable(done.error.message));
        QCOMPARE(done.result.toMap().value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        // Done again is no transition from done.
        Reply again = move(*m_c, QStringLiteral("interactions"), id, QStringLiteral("complete"));
        QCOMPARE(again.error.field, QStringLiteral("transition"));
        QVERIFY(move(*m_c, QStringLiteral("interactions"), id, QStringLiteral("replan")).ok);
        QVERIFY(move(*m_c, QStringLiteral("interactions"), id, QStringLiteral("cancel")).ok);
        QCOMPARE(read(QStringLiteral("interactions"), id).value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));

        const QCborArray history = m_c->call(QStringLiteral("document.history"),
                                             params(QStringLiteral("interactions"), {{QStringLiteral("id"), id}}))
                                       .result.toMap()
                                       .value(QStringLiteral("rows"))
                                       .toArray();
        QStringList moves;
        for (const QCborValue &row : history) {
            moves.append(row.toMap().value(QStringLiteral("transition")).toString() + u':' +
                         row.toMap().value(QStringLiteral("to")).toString());
            QCOMPARE(row.toMap().value(QStringLiteral("user")).toString(), QStringLiteral("admin"));
        }
        QCOMPARE(moves, (QStringList{QStringLiteral("create:planned"), QStringLiteral("complete:done"),
                                     QStringLiteral("replan:planned"), QStringLiteral("cancel:cancelled")}));

        // An e-mail is its own record: done without a result.
        const qint64 email = idOf(create(*m_c, QStringLiteral("interactions"),
                                         map({{QStringLiteral("interaction_type"), QStringLiteral("email")},
                                              {QStringLiteral("subject"), QStringLiteral("Ceník 2027")},
                                              {QStringLiteral("partner"), m_beta}})));
        QVERIFY(email);
        QVERIFY(move(*m_c, QStringLiteral("interactions"), email, QStringLiteral("complete")).ok);
    }

    void contactOrDealOfAnotherClientIsRefused()
    {
        QCborMap values = call(QStringLiteral("Omyl"), m_alfa, at(0));
        values.insert(QStringLiteral("contact"), m_betaContact);
        Reply r = create(*m_c, QStringLiteral("interactions"), values);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("contact"));
        QVERIFY2(r.error.message.contains(QStringLiteral("Petr Starý")) && r.error.message.contains(QStringLiteral("Alfa Stavby")),
                 qPrintable(r.error.message));

        values.insert(QStringLiteral("contact"), m_alfaContact);
        values.insert(QStringLiteral("deal"), m_betaDeal);
        r = create(*m_c, QStringLiteral("interactions"), values);
        QCOMPARE(r.error.field, QStringLiteral("deal"));

        // The same on a change: moving the interaction to Beta leaves Alfa's contact behind.
        values.remove(QStringLiteral("deal"));
        const qint64 id = idOf(create(*m_c, QStringLiteral("interactions"), values));
        QVERIFY(id);
        r = update(*m_c, QStringLiteral("interactions"), id, map({{QStringLiteral("partner"), m_beta}}));
        QCOMPARE(r.error.field, QStringLiteral("contact"));
        QCOMPARE(read(QStringLiteral("interactions"), id).value(QStringLiteral("partner")).toInteger(), m_alfa);

        // A participant is a user or a contact person, not both in one line.
        r = create(*m_c, QStringLiteral("interactions"), call(QStringLiteral("Porada"), m_alfa, at(0)),
                   map({{QStringLiteral("participants"),
                         QCborArray{map({{QStringLiteral("user"), m_annaId}}),
                                    map({{QStringLiteral("user"), m_bobId}, {QStringLiteral("contact"), m_alfaContact}})}}}));
        QCOMPARE(r.error.field, QStringLiteral("participants[2].contact"));
        r = create(*m_c, QStringLiteral("interactions"), call(QStringLiteral("Porada"), m_alfa, at(0)),
                   map({{QStringLiteral("participants"), QCborArray{map({{QStringLiteral("role"), QStringLiteral("nikdo")}})}}}));
        QCOMPARE(r.error.field, QStringLiteral("participants[1].user"));
    }

    void badInteractionsAreRefusedNamingTheField()
    {
        const struct
        {
            QString field;
            QCborValue value;
            QString path;
        } cases[] = {
            {QStringLiteral("interaction_type"), QStringLiteral("fax"), QStringLiteral("interaction_type")},
            {QStringLiteral("subject"), QString(201, u'x'), QStringLiteral("subject")},
            {QStringLiteral("subject"), QString(), QStringLiteral("subject")},
            {QStringLiteral("duration_minutes"), -1, QStringLiteral("duration_minutes")},
            {QStringLiteral("duration_minutes"), QStringLiteral("10"), QStringLiteral("duration_minutes")},
            {QStringLiteral("duration_minutes"), 1e19, QStringLiteral("duration_minutes")},
            {QStringLiteral("partner"), 999999999, QStringLiteral("partner")},
            {QStringLiteral("deal"), m_alfa, QStringLiteral("deal")},
            {QStringLiteral("marketing_event"), QStringLiteral("veletrh"), QStringLiteral("marketing_event")},
        };
        for (const auto &c : cases) {
            QCborMap values = call(QStringLiteral("Špatně"), m_alfa, at(0));
            values.insert(c.field, c.value);
            const Reply r = create(*m_c, QStringLiteral("interactions"), values);
            QVERIFY2(!r.ok, qPrintable(c.path));
            QCOMPARE(r.error.code, ErrorCode::Validation);
            QCOMPARE(r.error.field, c.path);
        }
        QCborMap noPartner = call(QStringLiteral("Bez klienta"), m_alfa, at(0));
        noPartner.remove(QStringLiteral("partner"));
        QCOMPARE(create(*m_c, QStringLiteral("interactions"), noPartner).error.field, QStringLiteral("partner"));
        const qint64 id = idOf(create(*m_c, QStringLiteral("interactions"), call(QStringLiteral("Dobře"), m_alfa, at(0))));
        QVERIFY(id);
        QCOMPARE(move(*m_c, QStringLiteral("interactions"), id, QStringLiteral("finish")).error.field, QStringLiteral("transition"));
    }

    void taskIsForAUserOrARoleNeverBoth()
    {
        Reply r = create(*m_c, QStringLiteral("tasks"),
                         map({{QStringLiteral("subject"), QStringLiteral("Zavolat")},
                              {QStringLiteral("assignee"), m_annaId},
                              {QStringLiteral("assignee_role"), QStringLiteral("clerk")}}));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("assignee"));
        QVERIFY2(r.error.message.contains(QLatin1String("assignee_role")), qPrintable(r.error.message));

        // Neither: the task is for whoever enters it.
        r = create(*m_anna, QStringLiteral("tasks"), map({{QStringLiteral("subject"), QStringLiteral("Pro mě")}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(QStringLiteral("assignee")).toInteger(), m_annaId);
        QCOMPARE(r.result.toMap().value(QStringLiteral("priority")).toString(), QStringLiteral("normal"));
        QVERIFY(r.result.toMap().value(QStringLiteral("number")).toString().startsWith(QLatin1String("TK-")));
        // Giving it to a role as well is refused until the user is cleared.
        const qint64 id = idOf(r);
        r = update(*m_anna, QStringLiteral("tasks"), id, map({{QStringLiteral("assignee_role"), QStringLiteral("clerk")}}));
        QCOMPARE(r.error.field, QStringLiteral("assignee"));
        r = update(*m_anna, QStringLiteral("tasks"), id,
                   map({{QStringLiteral("assignee_role"), QStringLiteral("clerk")}, {QStringLiteral("assignee"), QCborValue(QCborValue::Null)}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QVERIFY(move(*m_anna, QStringLiteral("tasks"), id, QStringLiteral("cancel")).ok);

        // The reminder is not after the due moment; the deal is the client's.
        r = create(*m_c, QStringLiteral("tasks"),
                   map({{QStringLiteral("subject"), QStringLiteral("Pozdě")}, {QStringLiteral("assignee"), m_annaId},
                        {QStringLiteral("due_at"), at(3600)}, {QStringLiteral("remind_at"), at(7200)}}));
        QCOMPARE(r.error.field, QStringLiteral("remind_at"));
        r = create(*m_c, QStringLiteral("tasks"),
                   map({{QStringLiteral("subject"), QStringLiteral("Cizí")}, {QStringLiteral("assignee"), m_annaId},
                        {QStringLiteral("partner"), m_alfa}, {QStringLiteral("deal"), m_betaDeal}}));
        QCOMPARE(r.error.field, QStringLiteral("deal"));
        // A task of a deal without a client takes the deal's.
        r = create(*m_c, QStringLiteral("tasks"),
                   map({{QStringLiteral("subject"), QStringLiteral("K obchodu")}, {QStringLiteral("assignee"), m_bobId},
                        {QStringLiteral("deal"), m_betaDeal}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(QStringLiteral("partner")).toInteger(), m_beta);

        for (const auto &[field, value] : {std::pair{QStringLiteral("priority"), QCborValue(QStringLiteral("urgent"))},
                                           std::pair{QStringLiteral("due_at"), QCborValue(QStringLiteral("tomorrow"))},
                                           std::pair{QStringLiteral("assignee_role"), QCborValue(QStringLiteral("boss"))},
                                           std::pair{QStringLiteral("assignee"), QCborValue(QStringLiteral("anna"))},
                                           std::pair{QStringLiteral("interaction"), QCborValue(m_alfaDeal)},
                                           std::pair{QStringLiteral("reminded_for"), QCborValue(at(0))}}) {
            r = create(*m_c, QStringLiteral("tasks"), map({{QStringLiteral("subject"), QStringLiteral("Špatně")}, {field, value}}));
            QVERIFY2(!r.ok, qPrintable(field));
            QCOMPARE(r.error.code, ErrorCode::Validation);
            QCOMPARE(r.error.field, field);
        }
        QCOMPARE(create(*m_c, QStringLiteral("tasks"), map({{QStringLiteral("assignee"), m_annaId}})).error.field,
                 QStringLiteral("subject"));
    }

    void doneTaskRecordsWhoAndWhen()
    {
        const qint64 id = task(*m_c, map({{QStringLiteral("subject"), QStringLiteral("Poslat smlouvu")},
                                          {QStringLiteral("assignee"), m_bobId}}));
        QVERIFY(id);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
        const Reply r = move(*m_bob, QStringLiteral("tasks"), id, QStringLiteral("complete"));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        const QCborArray rows = m_c->call(QStringLiteral("document.history"), params(QStringLiteral("tasks"), {{QStringLiteral("id"), id}}))
                                    .result.toMap()
                                    .value(QStringLiteral("rows"))
                                    .toArray();
        QCOMPARE(rows.size(), 2);
        const QCborMap done = rows.at(1).toMap();
        QCOMPARE(done.value(QStringLiteral("transition")).toString(), QStringLiteral("complete"));
        QCOMPARE(done.value(QStringLiteral("user")).toString(), QStringLiteral("bob"));
        QVERIFY(QDateTime::fromString(done.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs) >= before);
        // Reopened, it is open again; done twice is refused.
        QCOMPARE(move(*m_bob, QStringLiteral("tasks"), id, QStringLiteral("complete")).error.field, QStringLiteral("transition"));
        QVERIFY(move(*m_bob, QStringLiteral("tasks"), id, QStringLiteral("reopen")).ok);
        QVERIFY(move(*m_bob, QStringLiteral("tasks"), id, QStringLiteral("cancel")).ok);
    }

    void myTasksListsOverdueFirstAndTheRolesTasks()
    {
        // Anna's open tasks of earlier tests are done first, so that the list holds these only.
        for (const QCborValue &row : myTasks(*m_anna, map({{QStringLiteral("limit"), 1000}})))
            QVERIFY(move(*m_c, QStringLiteral("tasks"), row.toMap().value(QStringLiteral("id")).toInteger(), QStringLiteral("cancel")).ok);
        const qint64 days = 86400;
        const qint64 old = task(*m_c, map({{QStringLiteral("subject"), QStringLiteral("Nejstarší")}, {QStringLiteral("assignee"), m_annaId},
                                           {QStringLiteral("due_at"), at(-3 * days)}, {QStringLiteral("partner"), m_alfa},
                                           {QStringLiteral("deal"), m_alfaDeal}}));
        const qint64 late = task(*m_c, map({{QStringLiteral("subject"), QStringLiteral("Včerejší")}, {QStringLiteral("assignee"), m_annaId},
                                            {QStringLiteral("due_at"), at(-days)}, {QStringLiteral("priority"), QStringLiteral("high")}}));
        const qint64 tomorrow = task(*m_c, map({{QStringLiteral("subject"), QStringLiteral("Zítřejší")}, {QStringLiteral("assignee"), m_annaId},
                                                {QStringLiteral("due_at"), at(days)}}));
        const qint64 undated = task(*m_c, map({{QStringLiteral("subject"), QStringLiteral("Bez termínu")}, {QStringLiteral("assignee"), m_annaId}}));
        const qint64 managers = task(*m_c, map({{QStringLiteral("subject"), QStringLiteral("Pro manažery")},
                                                {QStringLiteral("assignee_role"), QStringLiteral("manager")},
                                                {QStringLiteral("due_at"), at(2 * days)}}));
        const qint64 clerks = task(*m_c, map({{QStringLiteral("subject"), QStringLiteral("Pro referenty")},
                                              {QStringLiteral("assignee_role"), QStringLiteral("clerk")},
                                              {QStringLiteral("due_at"), at(-2 * days)}}));
        const qint64 bobs = task(*m_c, map({{QStringLiteral("subject"), QStringLiteral("Bobův")}, {QStringLiteral("assignee"), m_bobId},
                                            {QStringLiteral("due_at"), at(-days)}}));
        QVERIFY(old && late && tomorrow && undated && managers && clerks && bobs);

        QCborArray rows = myTasks(*m_anna);
        QList<qint64> ids;
        for (const QCborValue &row : rows)
            ids.append(row.toMap().value(QStringLiteral("id")).toInteger());
        QCOMPARE(ids, (QList<qint64>{old, late, tomorrow, managers, undated}));
        const QCborMap first = rows.at(0).toMap();
        QCOMPARE(first.value(QStringLiteral("overdue")).toBool(), true);
        QCOMPARE(first.value(QStringLiteral("reminder_due")).toBool(), true);
        QCOMPARE(first.value(QStringLiteral("partner")).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("Alfa Stavby"));
        QCOMPARE(first.value(QStringLiteral("deal")).toMap().value(QStringLiteral("id")).toInteger(), m_alfaDeal);
        QVERIFY(first.value(QStringLiteral("number")).toString().startsWith(QLatin1String("TK-")));
        QCOMPARE(rows.at(1).toMap().value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
        QCOMPARE(rows.at(2).toMap().value(QStringLiteral("overdue")).toBool(), false);
        QCOMPARE(rows.at(3).toMap().value(QStringLiteral("for_role")).toString(), QStringLiteral("manager"));
        QVERIFY(rows.at(4).toMap().value(QStringLiteral("due_at")).isNull());

        // Bob sees his own and the clerks' tasks, overdue first.
        ids.clear();
        for (const QCborValue &row : myTasks(*m_bob))
            ids.append(row.toMap().value(QStringLiteral("id")).toInteger());
        QVERIFY2(ids.size() >= 2 && ids.at(0) == clerks && ids.at(1) == bobs, qPrintable(QString::number(ids.size())));

        // Done tasks leave the list unless asked for, and come after the open ones.
        QVERIFY(move(*m_anna, QStringLiteral("tasks"), tomorrow, QStringLiteral("complete")).ok);
        rows = myTasks(*m_anna);
        QCOMPARE(rows.size(), 4);
        rows = myTasks(*m_anna, map({{QStringLiteral("include_done"), true}}));
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(4).toMap().value(QStringLiteral("id")).toInteger(), tomorrow);
        QCOMPARE(rows.at(4).toMap().value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QCOMPARE(rows.at(4).toMap().value(QStringLiteral("overdue")).toBool(), false);
        rows = myTasks(*m_anna, map({{QStringLiteral("limit"), 2}}));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(m_anna->call(QStringLiteral("crm.myTasks"), map({{QStringLiteral("limit"), 2}})).result.toMap().value(QStringLiteral("more")).toBool(), true);

        for (const qint64 id : {old, late, undated, managers, clerks, bobs})
            QVERIFY(move(*m_c, QStringLiteral("tasks"), id, QStringLiteral("cancel")).ok);
        QVERIFY(myTasks(*m_anna).isEmpty());
    }

    void myTasksRefusesBadParameters()
    {
        const struct
        {
            QCborMap params;
            ErrorCode code;
            QString field;
        } cases[] = {
            {map({{QStringLiteral("limit"), 0}}), ErrorCode::Validation, QStringLiteral("limit")},
            {map({{QStringLiteral("limit"), 1001}}), ErrorCode::Validation, QStringLiteral("limit")},
            {map({{QStringLiteral("limit"), QStringLiteral("5")}}), ErrorCode::Validation, QStringLiteral("limit")},
            {map({{QStringLiteral("limit"), 2.5}}), ErrorCode::Validation, QStringLiteral("limit")},
            {map({{QStringLiteral("include_done"), 1}}), ErrorCode::Validation, QStringLiteral("include_done")},
            {map({{QStringLiteral("include_done"), QCborValue(QCborValue::Null)}}), ErrorCode::Validation, QStringLiteral("include_done")},
            {map({{QStringLiteral("includeDone"), true}}), ErrorCode::BadRequest, QStringLiteral("includeDone")},
        };
        for (const auto &c : cases) {
            const Reply r = m_anna->call(QStringLiteral("crm.myTasks"), c.params);
            QVERIFY2(!r.ok, qPrintable(c.field + u' ' + QString::fromUtf8(c.params.toCborValue().toDiagnosticNotation().toUtf8())));
            QCOMPARE(r.error.code, c.code);
            QCOMPARE(r.error.field, c.field);
        }
        Connection anonymous;
        QString error;
        QVERIFY(anonymous.open(QStringLiteral("127.0.0.1"), m_server.port(), &error));
        QCOMPARE(anonymous.call(QStringLiteral("crm.myTasks")).error.code, ErrorCode::NotAuthenticated);
    }

    void reminderIsPushedOnceToTheAssigneesSessionsOnly()
    {
        m_anna->takeEvents();
        m_bob->takeEvents();
        // A second session of anna's gets it too.
        std::unique_ptr<Connection> anna2 = m_server.connect(QStringLiteral("anna"), QStringLiteral("Password-of-anna"));
        QVERIFY(anna2);
        const qint64 id = task(*m_c, map({{QStringLiteral("subject"), QStringLiteral("Připomeň mi")},
                                          {QStringLiteral("assignee"), m_annaId},
                                          {QStringLiteral("partner"), m_alfa},
                                          {QStringLiteral("remind_at"), at(-1)},
                                          {QStringLiteral("due_at"), at(3600)}}));
        QVERIFY(id);
        const QList<QCborMap> pushed = reminders(*m_anna, PushTimeoutMs, id);
        QCOMPARE(countFor(pushed, id), 1);
        const QCborMap data = pushed.last();
        QCOMPARE(data.value(QStringLiteral("kind")).toString(), QStringLiteral("tasks"));
        QCOMPARE(data.value(QStringLiteral("subject")).toString(), QStringLiteral("Připomeň mi"));
        QVERIFY(data.value(QStringLiteral("number")).toString().startsWith(QLatin1String("TK-")));
        QCOMPARE(data.value(QStringLiteral("overdue")).toBool(), false);
        QVERIFY(data.value(QStringLiteral("due_at")).isString());
        QCOMPARE(data.value(QStringLiteral("partner")).toMap().value(QStringLiteral("id")).toInteger(), m_alfa);
        QCOMPARE(data.value(QStringLiteral("partner")).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("Alfa Stavby"));
        QCOMPARE(countFor(reminders(*anna2, PushTimeoutMs, id), id), 1);

        // Two more rounds of the scheduler: no second reminder for the same moment.
        QList<QCborMap> later;
        QVERIFY(ticks(2, &later));
        QCOMPARE(countFor(later, id), 0);
        // Bob, logged in all along, got none of anna's (a ping's answer comes after any push
        // queued for him before it).
        QVERIFY(m_bob->call(QStringLiteral("system.ping")).ok);
        QList<QCborMap> bobs;
        for (const QCborMap &e : m_bob->takeEvents())
            if (e.value(QStringLiteral("event")).toString() == QLatin1String("reminder"))
                bobs.append(e.value(QStringLiteral("data")).toMap());
        // (Reminders of other tests' tasks for the clerks may reach him meanwhile: only anna's count.)
        QCOMPARE(countFor(bobs, id), 0);

        // A task for the clerks reaches bob, not anna; an overdue one says so.
        const qint64 clerks = task(*m_c, map({{QStringLiteral("subject"), QStringLiteral("Pro referenty")},
                                              {QStringLiteral("assignee_role"), QStringLiteral("clerk")},
                                              {QStringLiteral("due_at"), at(-60)}}));
        QVERIFY(clerks);
        const QList<QCborMap> toBob = reminders(*m_bob, PushTimeoutMs, clerks);
        QCOMPARE(countFor(toBob, clerks), 1);
        QCOMPARE(toBob.last().value(QStringLiteral("overdue")).toBool(), true);
        QVERIFY(toBob.last().value(QStringLiteral("partner")).isNull());
        later.clear();
        QVERIFY(ticks(1, &later));
        QCOMPARE(countFor(later, clerks), 0);
        // A done task is not reminded: its reminder in the future never comes while it is done.
        QVERIFY(move(*m_c, QStringLiteral("tasks"), clerks, QStringLiteral("complete")).ok);
        QVERIFY(move(*m_c, QStringLiteral("tasks"), id, QStringLiteral("complete")).ok);
    }

    void changingTheReminderArmsItAgain()
    {
        m_anna->takeEvents();
        const qint64 id = task(*m_c, map({{QStringLiteral("subject"), QStringLiteral("Dvakrát")},
                                          {QStringLiteral("assignee"), m_annaId},
                                          {QStringLiteral("remind_at"), at(-1)},
                                          {QStringLiteral("due_at"), at(7200)}}));
        QVERIFY(id);
        QCOMPARE(countFor(reminders(*m_anna, PushTimeoutMs, id), id), 1);
        // A change that leaves the moment as it was does not remind again.
        QVERIFY(update(*m_c, QStringLiteral("tasks"), id, map({{QStringLiteral("description"), QStringLiteral("jen popis")}})).ok);
        QList<QCborMap> later;
        QVERIFY(ticks(1, &later));
        QCOMPARE(countFor(later, id), 0);
        // A new moment, two seconds ahead: reminded again once it has come, not before.
        const QString moment = at(2);
        QVERIFY(update(*m_c, QStringLiteral("tasks"), id, map({{QStringLiteral("remind_at"), moment}})).ok);
        const QList<QCborMap> again = reminders(*m_anna, PushTimeoutMs, id);
        QCOMPARE(countFor(again, id), 1);
        QVERIFY(QDateTime::currentDateTimeUtc() >= QDateTime::fromString(moment, Qt::ISODate));
        QCOMPARE(again.last().value(QStringLiteral("remind_at")).toString().left(19), moment.left(19));
        later.clear();
        QVERIFY(ticks(1, &later));
        QCOMPARE(countFor(later, id), 0);
        QVERIFY(move(*m_c, QStringLiteral("tasks"), id, QStringLiteral("complete")).ok);
    }

    void followUpRuleRaisesOneTaskForAStaleClient()
    {
        const auto partner = [&](const QString &name) {
            return createCatalog(*m_c, QStringLiteral("partners"),
                                 map({{QStringLiteral("name"), name},
                                      {QStringLiteral("manager"), m_annaId},
                                      {QStringLiteral("registered_on"), QDate::currentDate().addDays(-60).toString(Qt::ISODate)}}));
        };
        const qint64 stale = partner(QStringLiteral("Spící Klient"));
        const qint64 fresh = partner(QStringLiteral("Čilý Klient"));
        const qint64 planned = partner(QStringLiteral("Jen Plánovaný"));
        QVERIFY(stale && fresh && planned);
        const auto interaction = [&](qint64 who, const QString &date, bool done) {
            QCborMap values = call(QStringLiteral("Hovor"), who, date);
            values.insert(QStringLiteral("result"), QStringLiteral("Probráno"));
            const qint64 id = idOf(create(*m_c, QStringLiteral("interactions"), values));
            return id && (!done || move(*m_c, QStringLiteral("interactions"), id, QStringLiteral("complete")).ok);
        };
        QVERIFY(interaction(stale, daysAgo(31), true));
        QVERIFY(interaction(fresh, daysAgo(31), true));
        QVERIFY(interaction(fresh, daysAgo(2), true));
        // A planned (not done) interaction does not count.
        QVERIFY(interaction(planned, daysAgo(2), false));

        // A deal silent for 11 days, under a rule of 10 for the clerks.
        const qint64 deal = idOf(create(*m_c, QStringLiteral("deals"),
                                        map({{QStringLiteral("subject"), QStringLiteral("Starý obchod")},
                                             {QStringLiteral("partner"), fresh},
                                             {QStringLiteral("deal_type"), m_dealType},
                                             {QStringLiteral("date"), daysAgo(11)}})));
        QVERIFY(deal);

        const qint64 rule = createCatalog(*m_c, QStringLiteral("follow_up_rules"),
                                          map({{QStringLiteral("name"), QStringLiteral("Měsíc bez kontaktu")},
                                               {QStringLiteral("applies_to"), QStringLiteral("partners")},
                                               {QStringLiteral("days"), 30},
                                               {QStringLiteral("task_subject"), QStringLiteral("Ozvat se klientovi")}}));
        const qint64 dealRule = createCatalog(*m_c, QStringLiteral("follow_up_rules"),
                                              map({{QStringLiteral("name"), QStringLiteral("Obchod stojí")},
                                                   {QStringLiteral("applies_to"), QStringLiteral("deals")},
                                                   {QStringLiteral("days"), 10},
                                                   {QStringLiteral("assignee_role"), QStringLiteral("clerk")},
                                                   {QStringLiteral("priority"), QStringLiteral("high")},
                                                   {QStringLiteral("task_subject"), QStringLiteral("Posunout obchod")}}));
        QVERIFY(rule && dealRule);

        QDeadlineTimer deadline(PushTimeoutMs);
        while ((followUps(rule, stale).isEmpty() || followUps(dealRule, fresh).isEmpty()) && !deadline.hasExpired())
            QTest::qWait(200);
        // Two more full rounds: still exactly one task each, none for the fresh or planned client.
        QVERIFY(ticks(2));
        QCborArray raised = followUps(rule, stale);
        QCOMPARE(raised.size(), 1);
        const QCborMap t = read(QStringLiteral("tasks"), raised.at(0).toMap().value(QStringLiteral("id")).toInteger());
        QCOMPARE(t.value(QStringLiteral("subject")).toString(), QStringLiteral("Ozvat se klientovi"));
        QCOMPARE(t.value(QStringLiteral("assignee")).toInteger(), m_annaId);
        QCOMPARE(t.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QVERIFY(t.value(QStringLiteral("due_at")).isString());
        QCOMPARE(followUps(rule, fresh).size(), 0);
        QCOMPARE(followUps(rule, planned).size(), 1); // a planned call is no contact
        const QCborArray dealTasks = followUps(dealRule, fresh);
        QCOMPARE(dealTasks.size(), 1);
        const QCborMap dt = read(QStringLiteral("tasks"), dealTasks.at(0).toMap().value(QStringLiteral("id")).toInteger());
        QCOMPARE(dt.value(QStringLiteral("deal")).toInteger(), deal);
        QCOMPARE(dt.value(QStringLiteral("assignee_role")).toString(), QStringLiteral("clerk"));
        QVERIFY(dt.value(QStringLiteral("assignee")).isNull());
        QCOMPARE(dt.value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
        // Only open deals: none for the Alfa deal made today, none for Beta's.
        QCOMPARE(followUps(dealRule, m_alfa).size(), 0);
        // Who raised it: the system, in the task's history.
        const QCborArray history = m_c->call(QStringLiteral("document.history"),
                                             params(QStringLiteral("tasks"), {{QStringLiteral("id"), t.value(QStringLiteral("id"))}}))
                                       .result.toMap()
                                       .value(QStringLiteral("rows"))
                                       .toArray();
        QCOMPARE(history.at(0).toMap().value(QStringLiteral("user")).toString(), QStringLiteral("system"));

        // Done without a call logged, the rule waits its days again before the next task.
        QVERIFY(move(*m_anna, QStringLiteral("tasks"), t.value(QStringLiteral("id")).toInteger(), QStringLiteral("complete")).ok);
        QVERIFY(ticks(2));
        QCOMPARE(followUps(rule, stale).size(), 1);

        // Bad rules are refused naming the field.
        for (const auto &[field, value] : {std::pair{QStringLiteral("days"), QCborValue(0)},
                                           std::pair{QStringLiteral("days"), QCborValue(QStringLiteral("30"))},
                                           std::pair{QStringLiteral("applies_to"), QCborValue(QStringLiteral("orders"))},
                                           std::pair{QStringLiteral("assignee_role"), QCborValue(QStringLiteral("boss"))},
                                           std::pair{QStringLiteral("due_days"), QCborValue(-1)},
                                           std::pair{QStringLiteral("task_subject"), QCborValue(QString(201, u'x'))}}) {
            QCborMap values = map({{QStringLiteral("name"), QStringLiteral("Špatné")},
                                   {QStringLiteral("days"), 5},
                                   {QStringLiteral("task_subject"), QStringLiteral("Něco")}});
            values.insert(field, value);
            const Reply r = m_c->call(QStringLiteral("catalog.create"),
                                      params(QStringLiteral("follow_up_rules"), {{QStringLiteral("values"), values}}));
            QVERIFY2(!r.ok, qPrintable(field));
            QCOMPARE(r.error.code, ErrorCode::Validation);
            QCOMPARE(r.error.field, field);
        }
        QCOMPARE(m_c->call(QStringLiteral("catalog.create"),
                           params(QStringLiteral("follow_up_rules"),
                                  {{QStringLiteral("values"), map({{QStringLiteral("name"), QStringLiteral("Bez dnů")},
                                                                   {QStringLiteral("task_subject"), QStringLiteral("x")}})}}))
                     .error.field,
                 QStringLiteral("days"));
    }
};

QTEST_GUILESS_MAIN(TestInteractions)
#include "tst_interactions.moc"
