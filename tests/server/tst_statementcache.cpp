// The statement cache through the real server: a statement is prepared once per worker
// connection and run again in later transactions, with values and errors as before.
#include "catalogclient.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QTest>

using erp::client::Reply;
using namespace erp::test;

class TestStatementCache : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_admin;

    QCborMap statisticsOf(const QString &method)
    {
        return ERP_CALL_OK(*m_admin, "system.statistics", QCborMap()).result.toMap().value(method).toMap();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start({QStringLiteral("--workers"), QStringLiteral("1")}));
        m_admin = m_server.connect();
        QVERIFY(m_admin);
    }

    void preparesEachStatementOnce()
    {
        const qint64 first = createCatalog(*m_admin, QStringLiteral("partners"),
                                           map({{QStringLiteral("name"), QStringLiteral("Žluťoučký kůň s.r.o.")}}));
        QVERIFY(first);
        const QCborMap before = statisticsOf(QStringLiteral("catalog.create"));
        QCOMPARE(before.value(QStringLiteral("calls")).toInteger(), 1);
        QVERIFY(before.value(QStringLiteral("prepared")).toInteger() > 0);
        for (int i = 0; i < 20; ++i)
            QVERIFY(createCatalog(*m_admin, QStringLiteral("partners"),
                                  map({{QStringLiteral("name"), QStringLiteral("Partner %1").arg(i)}})));
        const QCborMap after = statisticsOf(QStringLiteral("catalog.create"));
        QCOMPARE(after.value(QStringLiteral("calls")).toInteger(), 21);
        const qint64 statements = after.value(QStringLiteral("statements")).toInteger() -
                                  before.value(QStringLiteral("statements")).toInteger();
        // Twenty more creates in twenty transactions ran their statements and prepared none anew.
        QVERIFY(statements >= 20);
        QCOMPARE(after.value(QStringLiteral("prepared")).toInteger(), before.value(QStringLiteral("prepared")).toInteger());
        // Values read by the reused statements are the ones written.
        const Reply read = ERP_CALL_OK(*m_admin, "catalog.read",
                                       map({{QStringLiteral("kind"), QStringLiteral("partners")}, {QStringLiteral("id"), first}}));
        QCOMPARE(read.result.toMap().value(QStringLiteral("name")).toString(), QStringLiteral("Žluťoučký kůň s.r.o."));
    }

    void aFailedStatementLeavesTheNextCallWorking()
    {
        // A duplicate code fails inside the cached INSERT; the rollback leaves the statement usable.
        const QCborMap values = map({{QStringLiteral("code"), QStringLiteral("ks")}, {QStringLiteral("name"), QStringLiteral("kus")}});
        QVERIFY(createCatalog(*m_admin, QStringLiteral("units"), values));
        const Reply again = m_admin->call(QStringLiteral("catalog.create"),
                                          map({{QStringLiteral("kind"), QStringLiteral("units")}, {QStringLiteral("values"), values}}));
        QVERIFY(!again.ok);
        QCOMPARE(again.error.code, erp::protocol::ErrorCode::Duplicate);
        QVERIFY(createCatalog(*m_admin, QStringLiteral("units"),
                              map({{QStringLiteral("code"), QStringLiteral("kg")}, {QStringLiteral("name"), QStringLiteral("kilogram")}})));
    }

    void statisticsNeedTheAdminRight()
    {
        QCborMap p = map({{QStringLiteral("kind"), QStringLiteral("users")},
                          {QStringLiteral("values"), map({{QStringLiteral("code"), QStringLiteral("viewer")},
                                                          {QStringLiteral("name"), QStringLiteral("Věra")},
                                                          {QStringLiteral("role"), QStringLiteral("viewer")}})}});
        QVERIFY(m_admin->call(QStringLiteral("catalog.create"), p).ok);
        QVERIFY(m_admin->call(QStringLiteral("auth.setPassword"),
                              map({{QStringLiteral("login"), QStringLiteral("viewer")}, {QStringLiteral("password"), QStringLiteral("Viewer-Password-1")}}))
                    .ok);
        auto viewer = m_server.connect(QStringLiteral("viewer"), QStringLiteral("Viewer-Password-1"));
        QVERIFY(viewer);
        const Reply r = viewer->call(QStringLiteral("system.statistics"));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, erp::protocol::ErrorCode::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TestStatementCache)
#include "tst_statementcache.moc"
