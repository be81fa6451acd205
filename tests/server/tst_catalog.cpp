// Catalog CRUD, optimistic locking, validation, search and paging through the real server.
#include "catalogclient.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QTest>

#include <atomic>
#include <thread>
#include <QTranslator>

using erp::client::Connection;
using erp::client::Reply;
using erp::protocol::ErrorCode;
using namespace erp::test;

class TestCatalog : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<Connection> m_admin;
    qint64 m_manager = 0;
    qint64 m_group = 0;
    qint64 m_otherGroup = 0;
    qint64 m_partner = 0;
    qint64 m_unit = 0;

    Reply call(const char *method, const QCborMap &p) { return m_admin->call(QString::fromLatin1(method), p); }

    QCborMap create(const QString &kind, const QCborMap &values, const QCborMap &sections = {})
    {
        QCborMap p = params(kind);
        p.insert(QStringLiteral("values"), values);
        if (!sections.isEmpty())
            p.insert(QStringLiteral("sections"), sections);
        const Reply r = call("catalog.create", p);
        if (!r.ok)
            qWarning().noquote() << "create failed:" << r.error.message;
        return r.result.toMap();
    }

    QCborMap read(const QString &kind, qint64 id)
    {
        return call("catalog.read", params(kind, {{QStringLiteral("id"), id}})).result.toMap();
    }

    QList<qint64> allIds(const QString &kind, const QCborMap &extra = {})
    {
        QCborMap p = extra;
        p.insert(QStringLiteral("kind"), kind);
        p.insert(QStringLiteral("limit"), 1000);
        QList<qint64> ids;
        for (const QCborValue &row : call("catalog.list", p).result.toMap().value(QStringLiteral("rows")).toArray())
            ids.append(row.toMap().value(QStringLiteral("id")).toInteger());
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_admin = m_server.connect();
        QVERIFY(m_admin);
        m_manager = create(QStringLiteral("users"), map({{QStringLiteral("code"), QStringLiteral("jdvorakova")},
                                                         {QStringLiteral("name"), QStringLiteral("Jana Dvořáková")},
                                                         {QStringLiteral("role"), QStringLiteral("manager")}}))
                        .value(QStringLiteral("id"))
                        .toInteger();
        QVERIFY(m_manager > 0);
        m_group = create(QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Velkoobchod")},
                                                          {QStringLiteral("is_group"), true}}))
                      .value(QStringLiteral("id"))
                      .toInteger();
        m_otherGroup = create(QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Maloobchod")},
                                                               {QStringLiteral("is_group"), true}}))
                           .value(QStringLiteral("id"))
                           .toInteger();
        m_unit = create(QStringLiteral("units"), map({{QStringLiteral("code"), QStringLiteral("ks")},
                                                      {QStringLiteral("name"), QStringLiteral("kus")}}))
                     .value(QStringLiteral("id"))
                     .toInteger();
        QVERIFY(m_group > 0 && m_otherGroup > 0 && m_unit > 0);
    }

    void createsAndReadsAPartnerWithCzechName()
    {
        const QCborMap created = create(
            QStringLiteral("partners"),
            map({{QStringLiteral("name"), QStringLiteral("Žlutý kůň s.r.o.")},
                 {QStringLiteral("parent"), m_group},
                 {QStringLiteral("ico"), QStringLiteral("27082440")},
                 {QStringLiteral("city"), QStringLiteral("Třebíč")},
                 {QStringLiteral("manager"), m_manager},
                 {QStringLiteral("credit_limit"), QStringLiteral("250000.50")},
                 {QStringLiteral("registered_on"), QStringLiteral("2024-02-29")},
                 {QStringLiteral("is_supplier"), true},
                 {QStringLiteral("legal_form"), QStringLiteral("company")},
                 {QStringLiteral("payment_days"), 30},
                 {QStringLiteral("note"), QStringLiteral("Dlouhá poznámka: příliš žluťoučký kůň úpěl ďábelské ódy.")}}));
        m_partner = created.value(QStringLiteral("id")).toInteger();
        QVERIFY(m_partner > 0);
        const QCborMap p = read(QStringLiteral("partners"), m_partner);
        QCOMPARE(p.value(QStringLiteral("name")).toString(), QStringLiteral("Žlutý kůň s.r.o."));
        QCOMPARE(p.value(QStringLiteral("version")).toInteger(), 1);
        QCOMPARE(p.value(QStringLiteral("code")).toString().size(), 9); // automatic, zero-padded
        QCOMPARE(p.value(QStringLiteral("city")).toString(), QStringLiteral("Třebíč"));
        QCOMPARE(p.value(QStringLiteral("credit_limit")).toString(), QStringLiteral("250000.5000"));
        QCOMPARE(p.value(QStringLiteral("registered_on")).toString(), QStringLiteral("2024-02-29"));
        QCOMPARE(p.value(QStringLiteral("is_supplier")).toBool(), true);
        QCOMPARE(p.value(QStringLiteral("is_client")).toBool(), true); // default
        QCOMPARE(p.value(QStringLiteral("country")).toString(), QStringLiteral("CZ")); // default
        QCOMPARE(p.value(QStringLiteral("payment_days")).toInteger(), 30);
        QCOMPARE(p.value(QStringLiteral("note")).toString(),
                 QStringLiteral("Dlouhá poznámka: příliš žluťoučký kůň úpěl ďábelské ódy."));
        QCOMPARE(p.value(QStringLiteral("parent")).toInteger(), m_group);
        const QCborMap display = p.value(QStringLiteral("display")).toMap();
        QCOMPARE(display.value(QStringLiteral("manager")).toString(), QStringLiteral("Jana Dvořáková"));
        QCOMPARE(display.value(QStringLiteral("parent")).toString(), QStringLiteral("Velkoobchod"));
    }

    void findsIgnoringCaseAndAccents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("no diacritics") << "zluty kun";
        QTest::newRow("upper case") << "ŽLUTÝ";
        QTest::newRow("word inside") << "kun s.r.o";
        QTest::newRow("by IČO") << "27082440";
        QTest::newRow("words in any order") << "kůň žlutý";
    }
    void findsIgnoringCaseAndAccents()
    {
        QFETCH(QString, text);
        const Reply r = call("catalog.search", params(QStringLiteral("partners"), {{QStringLiteral("text"), text}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QList<qint64> ids;
        for (const QCborValue &row : r.result.toMap().value(QStringLiteral("rows")).toArray())
            ids.append(row.toMap().value(QStringLiteral("id")).toInteger());
        QVERIFY2(ids.contains(m_partner), qPrintable(text));
    }

    void updatesWithOptimisticLocking()
    {
        QCborMap p = params(QStringLiteral("partners"), {{QStringLiteral("id"), m_partner}, {QStringLiteral("version"), 1}});
        p.insert(QStringLiteral("values"), map({{QStringLiteral("city"), QStringLiteral("Brno")}}));
        Reply r = call("catalog.update", p);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(QStringLiteral("version")).toInteger(), 2);
        QCOMPARE(r.result.toMap().value(QStringLiteral("city")).toString(), QStringLiteral("Brno"));

        // A second writer still holding version 1 is refused and overwrites nothing.
        p.insert(QStringLiteral("values"), map({{QStringLiteral("city"), QStringLiteral("Olomouc")}}));
        r = call("catalog.update", p);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, ErrorCode::Conflict);
        QCOMPARE(r.error.field, QStringLiteral("version"));
        const QCborMap now = read(QStringLiteral("partners"), m_partner);
        QCOMPARE(now.value(QStringLiteral("city")).toString(), QStringLiteral("Brno"));
        QCOMPARE(now.value(QStringLiteral("version")).toInteger(), 2);
    }

    void rejectsBadInputNamingTheField_data()
    {
        QTest::addColumn<QCborMap>("values");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const QString name = QStringLiteral("name");
        const QCborValue n = QStringLiteral("Nový partner");
        QTest::newRow("wrong type") << map({{name, n}, {QStringLiteral("credit_limit"), QStringLiteral("hodně")}})
                                    << int(ErrorCode::Validation) << "credit_limit" << "not a decimal number";
        QTest::newRow("money overflow") << map({{name, n}, {QStringLiteral("credit_limit"), QStringLiteral("100000000000000")}})
                                        << int(ErrorCode::Validation) << "credit_limit" << "does not fit";
        QTest::newRow("string too long") << map({{name, n}, {QStringLiteral("ico"), QStringLiteral("123456789")}})
                                         << int(ErrorCode::Validation) << "ico" << "at most 8";
        QTest::newRow("unknown field") << map({{name, n}, {QStringLiteral("colour"), QStringLiteral("red")}})
                                       << int(ErrorCode::Validation) << "colour" << "unknown field";
        QTest::newRow("internal field") << map({{name, n}, {QStringLiteral("password_hash"), QStringLiteral("x")}})
                                        << int(ErrorCode::Validation) << "password_hash" << "unknown field";
        QTest::newRow("server-owned field") << map({{name, n}, {QStringLiteral("version"), 5}})
                                            << int(ErrorCode::Validation) << "version" << "set by the server";
        QTest::newRow("missing name") << map({{QStringLiteral("city"), QStringLiteral("Brno")}})
                                      << int(ErrorCode::Validation) << "name" << "required";
        QTest::newRow("empty name") << map({{name, QStringLiteral("  ")}}) << int(ErrorCode::Validation) << "name"
                                    << "required";
        QTest::newRow("reference to nothing") << map({{name, n}, {QStringLiteral("manager"), 999999999}})
                                              << int(ErrorCode::Validation) << "manager" << "no users object with id 999999999";
        QTest::newRow("reference of the wrong kind") << map({{name, n}, {QStringLiteral("manager"), QStringLiteral("Jana")}})
                                                     << int(ErrorCode::Validation) << "manager" << "positive integer";
        QTest::newRow("parent id zero") << map({{name, n}, {QStringLiteral("parent"), 0}})
                                        << int(ErrorCode::Validation) << "parent" << "positive integer";
        QTest::newRow("parent is not a group") << map({{name, n}, {QStringLiteral("parent"), m_partner}})
                                               << int(ErrorCode::Validation) << "parent" << "is not a group";
        QTest::newRow("bad enum value") << map({{name, n}, {QStringLiteral("legal_form"), QStringLiteral("llc")}})
                                        << int(ErrorCode::Validation) << "legal_form" << "must be one of";
        QTest::newRow("bad date") << map({{name, n}, {QStringLiteral("registered_on"), QStringLiteral("31.12.2024")}})
                                  << int(ErrorCode::Validation) << "registered_on" << "YYYY-MM-DD";
        QTest::newRow("duplicate code") << map({{name, n}, {QStringLiteral("code"), QStringLiteral("DUP1")}})
                                        << int(ErrorCode::Duplicate) << "code" << "already used";
    }
    void rejectsBadInputNamingTheField()
    {
        QFETCH(QCborMap, values);
        QFETCH(int, code);
        QFETCH(QString, field);
        QFETCH(QString, message);
        if (QByteArray(QTest::currentDataTag()) == "duplicate code") {
            QCborMap first = params(QStringLiteral("partners"));
            first.insert(QStringLiteral("values"), map({{QStringLiteral("name"), QStringLiteral("První")},
                                                        {QStringLiteral("code"), QStringLiteral("dup1")}}));
            QVERIFY(call("catalog.create", first).ok); // codes compare case-insensitively: DUP1 = dup1
        }
        const QList<qint64> before = allIds(QStringLiteral("partners"));
        QCborMap p = params(QStringLiteral("partners"));
        p.insert(QStringLiteral("values"), values);
        const Reply r = call("catalog.create", p);
        QVERIFY(!r.ok);
        QCOMPARE(int(r.error.code), code);
        QCOMPARE(r.error.field, field);
        QVERIFY2(r.error.message.contains(message), qPrintable(r.error.message));
        QCOMPARE(allIds(QStringLiteral("partners")), before); // nothing half-saved
    }

    void requiresReferencedPartnerForCounterparty()
    {
        QCborMap p = params(QStringLiteral("counterparties"));
        p.insert(QStringLiteral("values"), map({{QStringLiteral("name"), QStringLiteral("Bez partnera a.s.")}}));
        const Reply r = call("catalog.create", p);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("partner"));
    }

    void refusesGroupWhereAnElementIsExpected()
    {
        QCborMap p = params(QStringLiteral("counterparties"));
        p.insert(QStringLiteral("values"), map({{QStringLiteral("name"), QStringLiteral("Skupinová s.r.o.")},
                                                {QStringLiteral("partner"), m_group}}));
        const Reply r = call("catalog.create", p);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, QStringLiteral("partner"));
        QVERIFY2(r.error.message.contains(QLatin1String("is a group")), qPrintable(r.error.message));
    }

    void letsExactlyOneOfRacingWritersWin()
    {
        const QCborMap object = read(QStringLiteral("partners"), m_partner);
        const qint64 version = object.value(QStringLiteral("version")).toInteger();
        constexpr int Writers = 8;
        std::atomic<int> won{0}, conflicts{0}, other{0};
        std::vector<std::thread> threads;
        const quint16 port = m_server.port();
        for (int i = 0; i < Writers; ++i) {
            threads.emplace_back([&, i] {
                erp::client::Connection c;
                QString error;
                if (!c.open(QStringLiteral("127.0.0.1"), port, &error) || !c.login(QStringLiteral("admin"), ServerProcess::adminPassword(), &error)) {
                    ++other;
                    return;
                }
                QCborMap p = params(QStringLiteral("partners"), {{QStringLiteral("id"), m_partner}, {QStringLiteral("version"), version}});
                p.insert(QStringLiteral("values"), map({{QStringLiteral("phone"), QStringLiteral("+420 600 000 00%1").arg(i)}}));
                const Reply r = c.call(QStringLiteral("catalog.update"), p);
                if (r.ok)
                    ++won;
                else if (r.error.code == ErrorCode::Conflict)
                    ++conflicts;
                else
                    ++other;
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(other.load(), 0);
        QCOMPARE(won.load(), 1);
        QCOMPARE(conflicts.load(), Writers - 1);
        QCOMPARE(read(QStringLiteral("partners"), m_partner).value(QStringLiteral("version")).toInteger(), version + 1);
    }

    void failedUpdateChangesNothing()
    {
        const QCborMap before = read(QStringLiteral("partners"), m_partner);
        QCborMap p = params(QStringLiteral("partners"), {{QStringLiteral("id"), m_partner},
                                                         {QStringLiteral("version"), before.value(QStringLiteral("version"))}});
        p.insert(QStringLiteral("values"), map({{QStringLiteral("name"), QStringLiteral("Jiný název")},
                                                {QStringLiteral("ico"), QStringLiteral("too long value")}}));
        const Reply r = call("catalog.update", p);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, QStringLiteral("ico"));
        QCOMPARE(read(QStringLiteral("partners"), m_partner), before);
    }

    void replacesTabularSectionsWhole()
    {
        const QCborArray twoAccounts{
            map({{QStringLiteral("iban"), QStringLiteral("CZ6508000000192000145399")}, {QStringLiteral("is_default"), true}}),
            map({{QStringLiteral("iban"), QStringLiteral("CZ6907101781240000004159")}, {QStringLiteral("bank_name"), QStringLiteral("Česká národní banka")}})};
        const QCborMap created = create(QStringLiteral("counterparties"),
                                        map({{QStringLiteral("name"), QStringLiteral("Žlutý kůň s.r.o.")},
                                             {QStringLiteral("partner"), m_partner}}),
                                        map({{QStringLiteral("accounts"), twoAccounts}}));
        const qint64 id = created.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QCborArray lines = created.value(QStringLiteral("sections")).toMap().value(QStringLiteral("accounts")).toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[1].toMap().value(QStringLiteral("bank_name")).toString(), QStringLiteral("Česká národní banka"));
        QCOMPARE(lines[0].toMap().value(QStringLiteral("is_default")).toBool(), true);

        // A bad line is reported with its position, and the old lines stay.
        QCborMap bad = params(QStringLiteral("counterparties"), {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}});
        bad.insert(QStringLiteral("sections"),
                   map({{QStringLiteral("accounts"), QCborArray{twoAccounts[0], map({{QStringLiteral("swift"), QStringLiteral("KOMBCZPP")}})}}}));
        Reply r = call("catalog.update", bad);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, QStringLiteral("accounts[2].iban"));
        QCOMPARE(read(QStringLiteral("counterparties"), id).value(QStringLiteral("sections")).toMap()
                     .value(QStringLiteral("accounts")).toArray().size(), 2);

        QCborMap good = params(QStringLiteral("counterparties"), {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}});
        good.insert(QStringLiteral("sections"), map({{QStringLiteral("accounts"), QCborArray{twoAccounts[1]}}}));
        r = call("catalog.update", good);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        lines = read(QStringLiteral("counterparties"), id).value(QStringLiteral("sections")).toMap()
                    .value(QStringLiteral("accounts")).toArray();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0].toMap().value(QStringLiteral("iban")).toString(), QStringLiteral("CZ6907101781240000004159"));
    }

    void roundTripsMoneyExactly_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("stored");
        QTest::newRow("largest") << "99999999999999.9999" << "99999999999999.9999";
        QTest::newRow("smallest") << "-99999999999999.9999" << "-99999999999999.9999";
        QTest::newRow("a double would lose it") << "9876543210987.6543" << "9876543210987.6543";
        QTest::newRow("one ten-thousandth") << "0.0001" << "0.0001";
        QTest::newRow("zero") << "0" << "0.0000";
    }
    void roundTripsMoneyExactly()
    {
        QFETCH(QString, amount);
        QFETCH(QString, stored);
        const QCborMap created = create(QStringLiteral("products"),
                                        map({{QStringLiteral("name"), QStringLiteral("Šroub %1").arg(amount)},
                                             {QStringLiteral("unit"), m_unit},
                                             {QStringLiteral("sale_price"), amount},
                                             {QStringLiteral("weight"), QStringLiteral("123456789.123")}}));
        QCOMPARE(created.value(QStringLiteral("sale_price")).toString(), stored);
        const QCborMap again = read(QStringLiteral("products"), created.value(QStringLiteral("id")).toInteger());
        QCOMPARE(again.value(QStringLiteral("sale_price")).toString(), stored);
        QCOMPARE(again.value(QStringLiteral("weight")).toString(), QStringLiteral("123456789.123"));
    }

    void marksAndUnmarksForDeletion()
    {
        const qint64 id = create(QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Odcházející zákazník")}}))
                              .value(QStringLiteral("id"))
                              .toInteger();
        Reply r = call("catalog.setDeleted", params(QStringLiteral("partners"), {{QStringLiteral("id"), id},
                                                                                  {QStringLiteral("version"), 1},
                                                                                  {QStringLiteral("deleted"), true}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(QStringLiteral("deleted")).toBool(), true);
        QCOMPARE(r.result.toMap().value(QStringLiteral("version")).toInteger(), 2);
        QVERIFY(allIds(QStringLiteral("partners")).contains(id)); // lists show marked rows by default
        QVERIFY(!allIds(QStringLiteral("partners"), map({{QStringLiteral("includeDeleted"), false}})).contains(id));
        r = call("catalog.search", params(QStringLiteral("partners"), {{QStringLiteral("text"), QStringLiteral("odchazejici")}}));
        QVERIFY(r.result.toMap().value(QStringLiteral("rows")).toArray().isEmpty());
        r = call("catalog.setDeleted", params(QStringLiteral("partners"), {{QStringLiteral("id"), id},
                                                                            {QStringLiteral("version"), 2},
                                                                            {QStringLiteral("deleted"), false}}));
        QCOMPARE(r.result.toMap().value(QStringLiteral("deleted")).toBool(), false);
    }

    void pagesThroughEveryRowOnce_data()
    {
        QTest::addColumn<QString>("sort");
        QTest::addColumn<bool>("descending");
        QTest::newRow("name") << "name" << false;
        QTest::newRow("name descending") << "name" << true;
        QTest::newRow("code") << "code" << false;
        QTest::newRow("nullable e-mail") << "email" << false;
        QTest::newRow("nullable e-mail descending") << "email" << true;
        QTest::newRow("money") << "credit_limit" << false;
    }
    void pagesThroughEveryRowOnce()
    {
        QFETCH(QString, sort);
        QFETCH(bool, descending);
        static bool seeded = false;
        if (!seeded) {
            seeded = true;
            for (int i = 0; i < 57; ++i) {
                QCborMap values = map({{QStringLiteral("name"), QStringLiteral("Stránkovaný %1").arg(i % 7)},
                                       {QStringLiteral("credit_limit"), QString::number(i % 5 * 1000)}});
                if (i % 3)
                    values.insert(QStringLiteral("email"), QStringLiteral("p%1@example.cz").arg(i % 11));
                QVERIFY(create(QStringLiteral("partners"), values).value(QStringLiteral("id")).toInteger() > 0);
            }
        }
        QCborMap base = params(QStringLiteral("partners"), {{QStringLiteral("sort"), sort}, {QStringLiteral("descending"), descending}});
        const QList<qint64> all = allIds(QStringLiteral("partners"), base);
        QVERIFY(all.size() > 57);
        QList<qint64> paged;
        QCborMap p = base;
        p.insert(QStringLiteral("limit"), 10);
        for (int page = 0; page < 100; ++page) {
            const Reply r = call("catalog.list", p);
            QVERIFY2(r.ok, qPrintable(r.error.message));
            const QCborMap result = r.result.toMap();
            for (const QCborValue &row : result.value(QStringLiteral("rows")).toArray())
                paged.append(row.toMap().value(QStringLiteral("id")).toInteger());
            if (!result.value(QStringLiteral("more")).toBool())
                break;
            p.insert(QStringLiteral("after"), result.value(QStringLiteral("next")));
        }
        QCOMPARE(paged, all);
    }

    void filtersRows()
    {
        const QList<qint64> brno = allIds(QStringLiteral("partners"),
                                          map({{QStringLiteral("filters"),
                                                QCborArray{map({{QStringLiteral("field"), QStringLiteral("city")},
                                                                {QStringLiteral("value"), QStringLiteral("BRNO")}})}}}));
        QCOMPARE(brno, QList<qint64>{m_partner});
        const QList<qint64> inGroup = allIds(QStringLiteral("partners"), map({{QStringLiteral("parent"), m_group}}));
        QCOMPARE(inGroup, QList<qint64>{m_partner});
        const QList<qint64> rich = allIds(
            QStringLiteral("partners"),
            map({{QStringLiteral("filters"), QCborArray{map({{QStringLiteral("field"), QStringLiteral("credit_limit")},
                                                             {QStringLiteral("op"), QStringLiteral(">=")},
                                                             {QStringLiteral("value"), QStringLiteral("250000.5")}})}}}));
        QCOMPARE(rich, QList<qint64>{m_partner});
        Reply r = call("catalog.list", params(QStringLiteral("partners"),
                                              {{QStringLiteral("filters"), QCborArray{map({{QStringLiteral("field"), QStringLiteral("colour")}})}}}));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, QStringLiteral("filters[1].field"));
        r = call("catalog.list", params(QStringLiteral("partners"),
                                        {{QStringLiteral("filters"), QCborArray{map({{QStringLiteral("field"), QStringLiteral("city")},
                                                                                     {QStringLiteral("op"), QStringLiteral("~")}})}}}));
        QCOMPARE(r.error.field, QStringLiteral("filters[1].op"));
    }

    void keepsGroupsAcyclic()
    {
        const qint64 child = create(QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Podskupina")},
                                                                     {QStringLiteral("is_group"), true},
                                                                     {QStringLiteral("parent"), m_otherGroup}}))
                                 .value(QStringLiteral("id"))
                                 .toInteger();
        QCborMap p = params(QStringLiteral("partners"), {{QStringLiteral("id"), m_otherGroup}, {QStringLiteral("version"), 1}});
        p.insert(QStringLiteral("values"), map({{QStringLiteral("parent"), child}}));
        const Reply r = call("catalog.update", p);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, QStringLiteral("parent"));
    }

    void pushesChangesToOtherClients()
    {
        auto other = m_server.connect();
        QVERIFY(other);
        other->takeEvents();
        const qint64 id = create(QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Nový od kolegy")}}))
                              .value(QStringLiteral("id"))
                              .toInteger();
        bool seen = false;
        for (int i = 0; i < 20 && !seen; ++i) {
            for (const QCborMap &e : other->waitForEvents(500)) {
                const QCborMap data = e.value(QStringLiteral("data")).toMap();
                if (data.value(QStringLiteral("id")).toInteger() == id) {
                    QCOMPARE(e.value(QStringLiteral("event")).toString(), QStringLiteral("changed"));
                    QCOMPARE(data.value(QStringLiteral("kind")).toString(), QStringLiteral("partners"));
                    QCOMPARE(data.value(QStringLiteral("action")).toString(), QStringLiteral("created"));
                    seen = true;
                }
            }
        }
        QVERIFY(seen);
    }

    void enforcesLoginAndRights()
    {
        auto anonymous = m_server.connect(QString());
        QVERIFY(anonymous);
        Reply r = anonymous->call(QStringLiteral("catalog.list"), params(QStringLiteral("partners")));
        QCOMPARE(r.error.code, ErrorCode::NotAuthenticated);
        r = anonymous->call(QStringLiteral("auth.login"), map({{QStringLiteral("user"), QStringLiteral("admin")},
                                                               {QStringLiteral("password"), QStringLiteral("wrong password")}}));
        QCOMPARE(r.error.code, ErrorCode::LoginFailed);
        r = anonymous->call(QStringLiteral("auth.login"), map({{QStringLiteral("user"), QStringLiteral("nobody")},
                                                               {QStringLiteral("password"), QStringLiteral("wrong password")}}));
        QCOMPARE(r.error.code, ErrorCode::LoginFailed);
        r = anonymous->call(QStringLiteral("no.such.method"), {});
        QCOMPARE(r.error.code, ErrorCode::UnknownMethod);

        QVERIFY(create(QStringLiteral("users"), map({{QStringLiteral("code"), QStringLiteral("viewer")},
                                                     {QStringLiteral("name"), QStringLiteral("Václav Žák")},
                                                     {QStringLiteral("role"), QStringLiteral("viewer")}}))
                    .value(QStringLiteral("id"))
                    .toInteger() > 0);
        r = call("auth.setPassword", map({{QStringLiteral("login"), QStringLiteral("viewer")}, {QStringLiteral("password"), QStringLiteral("short")}}));
        QCOMPARE(r.error.field, QStringLiteral("password"));
        QVERIFY(call("auth.setPassword", map({{QStringLiteral("login"), QStringLiteral("viewer")},
                                              {QStringLiteral("password"), QStringLiteral("Viewer-Password-1")}})).ok);
        auto viewer = m_server.connect(QStringLiteral("viewer"), QStringLiteral("Viewer-Password-1"));
        QVERIFY(viewer);
        QVERIFY(viewer->call(QStringLiteral("catalog.list"), params(QStringLiteral("partners"))).ok);
        QCborMap p = params(QStringLiteral("partners"));
        p.insert(QStringLiteral("values"), map({{QStringLiteral("name"), QStringLiteral("Nesmí")}}));
        r = viewer->call(QStringLiteral("catalog.create"), p);
        QCOMPARE(r.error.code, ErrorCode::Forbidden);
        r = viewer->call(QStringLiteral("auth.setPassword"), map({{QStringLiteral("login"), QStringLiteral("admin")},
                                                                  {QStringLiteral("password"), QStringLiteral("Hijacked-123")}}));
        QCOMPARE(r.error.code, ErrorCode::Forbidden);
        const QCborMap who = viewer->call(QStringLiteral("auth.whoami")).result.toMap();
        QCOMPARE(who.value(QStringLiteral("role")).toString(), QStringLiteral("viewer"));
    }

    void answersInTheClientsLanguage()
    {
        erp::client::Connection czech;
        QString error;
        QVERIFY2(czech.open(QStringLiteral("127.0.0.1"), m_server.port(), &error, 5000, QStringLiteral("cs_CZ")), qPrintable(error));
        QTranslator t;
        QVERIFY(t.load(QStringLiteral(":/i18n/erp_cs.qm")));
        const Reply r = czech.call(QStringLiteral("catalog.list"), params(QStringLiteral("partners")));
        QCOMPARE(r.error.code, ErrorCode::NotAuthenticated);
        QCOMPARE(r.error.message, t.translate("Session", "log in first"));
        QVERIFY(r.error.message != QLatin1String("log in first"));
        QVERIFY(czech.login(QStringLiteral("admin"), ServerProcess::adminPassword(), &error));
        QCborMap p = params(QStringLiteral("partners"));
        p.insert(QStringLiteral("values"), map({{QStringLiteral("name"), QString()}}));
        const Reply invalid = czech.call(QStringLiteral("catalog.create"), p);
        QCOMPARE(invalid.error.field, QStringLiteral("name"));
        QCOMPARE(invalid.error.message, t.translate("CatalogStore", "%1: a value is required").arg(QStringLiteral("name")));
        const QCborMap described = czech.call(QStringLiteral("meta.describe"), params(QStringLiteral("partners"))).result.toMap();
        QCOMPARE(described.value(QStringLiteral("title")).toString(), t.translate("MetadataTitle", "Partners"));
        QVERIFY(described.value(QStringLiteral("title")).toString() != QLatin1String("Partners"));
        // Other clients keep their own language.
        QCOMPARE(call("catalog.create", p).error.message, QStringLiteral("name: a value is required"));
    }

    void describesMetadata()
    {
        const Reply r = call("meta.describe", params(QStringLiteral("partners")));
        QVERIFY(r.ok);
        const QCborMap d = r.result.toMap();
        QCOMPARE(d.value(QStringLiteral("hierarchical")).toBool(), true);
        bool sawMoney = false;
        for (const QCborValue &f : d.value(QStringLiteral("fields")).toArray())
            if (f.toMap().value(QStringLiteral("name")).toString() == QLatin1String("credit_limit"))
                sawMoney = f.toMap().value(QStringLiteral("type")).toString() == QLatin1String("money");
        QVERIFY(sawMoney);
        const QCborArray users = call("meta.describe", params(QStringLiteral("users"))).result.toMap().value(QStringLiteral("fields")).toArray();
        for (const QCborValue &f : users)
            QVERIFY(f.toMap().value(QStringLiteral("name")).toString() != QLatin1String("password_hash"));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
