// RegisterWriter on a real Firebird database, without the server: movements in, balances and
// control decisions out. A balance at a moment includes every movement dated up to and
// including it; a posting that lowers a non-negative resource is checked at its earliest
// moment and at every later one.
#include "core/registers.h"
#include "db/firebird.h"
#include "db/schema.h"
#include "metadata/model.h"
#include "rpc/rpcerror.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include "db/query.h"
#include <QTemporaryDir>
#include <QTest>

using namespace erp;
using erp::core::Movement;
using erp::core::RegisterWriter;

namespace {

const QByteArray stockRegister = R"({"register": "bins", "title": "Bins", "type": "balance",
    "dimensions": [{"name": "bin", "type": "string", "length": 10, "title": "Bin"}],
    "resources": [{"name": "quantity", "type": "decimal", "precision": 15, "scale": 3, "title": "Quantity"}],
    "nonNegative": ["quantity"]})";

QDateTime at(const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs); }

} // namespace

class TestRegisters : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_testDb;
    QTemporaryDir m_metadata;
    std::optional<meta::Model> m_model;
    QSqlDatabase m_db;
    const meta::Register *m_bins = nullptr;

    static Movement move(const QString &bin, int direction, const QString &quantity, const char *when)
    {
        QCborMap values;
        values.insert(QStringLiteral("bin"), bin);
        values.insert(QStringLiteral("quantity"), quantity);
        return {QStringLiteral("bins"), direction, at(when), values, {}};
    }

    // Replaces the recorder's movements in a transaction of its own; the control's message
    // when it refuses (and then nothing is changed), or an empty string.
    QString post(qint64 recorder, const QList<Movement> &movements)
    {
        db::beginTransaction(m_db);
        try {
            RegisterWriter(m_db, *m_model).replace(QStringLiteral("test"), recorder, movements);
        } catch (const rpc::RpcError &e) {
            db::rollbackTransaction(m_db);
            return e.message;
        }
        db::commitTransaction(m_db);
        return {};
    }

    QString balanceAt(const QString &bin, const char *when)
    {
        QCborMap dims;
        dims.insert(QStringLiteral("bin"), bin);
        return RegisterWriter(m_db, *m_model).balanceAt(*m_bins, dims, at(when)).value(QStringLiteral("quantity")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile f(QDir(m_metadata.path()).filePath(QStringLiteral("bins.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(stockRegister);
        f.close();
        QString error;
        m_model = meta::Model::load(m_metadata.path(), &error);
        QVERIFY2(m_model, qPrintable(error));
        m_bins = m_model->findRegister(QStringLiteral("bins"));
        db::DbConfig config;
        config.host = m_testDb.host();
        config.path = m_testDb.path();
        config.password = m_testDb.password();
        QVERIFY2(db::createDatabase(config, &error), qPrintable(error));
        QVERIFY2(db::openConnection(config, QStringLiteral("registers-test"), &m_db, &error), qPrintable(error));
        QStringList applied;
        QVERIFY2(db::SchemaMigrator(m_db, *m_model).migrate(&applied, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("registers-test"));
    }

    void knowsTheBalanceAtAMoment()
    {
        QCOMPARE(post(1, {move(QStringLiteral("A"), 1, QStringLiteral("5"), "2026-10-20T10:00:00Z")}), QString());
        QCOMPARE(post(2, {move(QStringLiteral("A"), -1, QStringLiteral("2"), "2026-11-10T10:00:00Z")}), QString());
        QCOMPARE(balanceAt(QStringLiteral("A"), "2026-10-20T09:59:59.999Z"), QStringLiteral("0.000"));
        QCOMPARE(balanceAt(QStringLiteral("A"), "2026-10-20T10:00:00Z"), QStringLiteral("5.000")); // up to and including
        QCOMPARE(balanceAt(QStringLiteral("A"), "2026-11-10T09:00:00Z"), QStringLiteral("5.000")); // earlier month + this one
        QCOMPARE(balanceAt(QStringLiteral("A"), "2026-11-10T10:00:00Z"), QStringLiteral("3.000"));
        QCOMPARE(balanceAt(QStringLiteral("A"), "2030-01-01T00:00:00Z"), QStringLiteral("3.000"));
        QCOMPARE(balanceAt(QStringLiteral("B"), "2030-01-01T00:00:00Z"), QStringLiteral("0.000"));
    }

    void checksTheMomentAndEveryLaterOne()
    {
        // 5 in on 20 Oct, 2 out on 10 Nov (above): 3 left.
        QCOMPARE(post(3, {move(QStringLiteral("A"), -1, QStringLiteral("4"), "2026-10-19T10:00:00Z")}),
                 QStringLiteral("Bins: not enough Quantity for Bin \"A\" on 2026-10-19 10:00:00 UTC; 4.000 short"));
        QCOMPARE(post(3, {move(QStringLiteral("A"), -1, QStringLiteral("4"), "2026-10-25T10:00:00Z")}),
                 QStringLiteral("Bins: not enough Quantity for Bin \"A\" on 2026-11-10 10:00:00 UTC; 1.000 short"));
        QCOMPARE(post(3, {move(QStringLiteral("A"), -1, QStringLiteral("3"), "2026-10-25T10:00:00Z")}), QString());
        // Taking the receipt back, or moving it after what it covers, is refused; earlier is fine.
        // Unposted, the receipt leaves 10 Nov the lowest: 5 short there (3 short on 25 Oct).
        QCOMPARE(post(1, {}), QStringLiteral("Bins: not enough Quantity for Bin \"A\" on 2026-11-10 10:00:00 UTC; 5.000 short"));
        QCOMPARE(post(1, {move(QStringLiteral("A"), 1, QStringLiteral("5"), "2026-11-01T10:00:00Z")}),
                 QStringLiteral("Bins: not enough Quantity for Bin \"A\" on 2026-10-25 10:00:00 UTC; 3.000 short"));
        QCOMPARE(post(1, {move(QStringLiteral("A"), 1, QStringLiteral("5"), "2026-09-01T10:00:00Z")}), QString());
        QCOMPARE(balanceAt(QStringLiteral("A"), "2026-09-30T00:00:00Z"), QStringLiteral("5.000"));
        QCOMPARE(balanceAt(QStringLiteral("A"), "2030-01-01T00:00:00Z"), QStringLiteral("0.000"));
    }

    void countsAMomentAsAWhole()
    {
        // Out and in at the same moment, posted out first: the balance at that moment is 0.
        QCOMPARE(post(10, {move(QStringLiteral("C"), 1, QStringLiteral("1"), "2026-11-15T10:00:00Z")}), QString());
        QCOMPARE(post(11, {move(QStringLiteral("C"), -1, QStringLiteral("2"), "2026-11-15T10:00:00Z")}),
                 QStringLiteral("Bins: not enough Quantity for Bin \"C\" on 2026-11-15 10:00:00 UTC; 1.000 short"));
        QCOMPARE(post(12, {move(QStringLiteral("C"), 1, QStringLiteral("1"), "2026-11-15T10:00:00Z")}), QString());
        QCOMPARE(post(11, {move(QStringLiteral("C"), -1, QStringLiteral("2"), "2026-11-15T10:00:00Z")}), QString());
        // Re-posting a receipt writes new rows with higher ids, at the same moment: still fine.
        QCOMPARE(post(10, {move(QStringLiteral("C"), 1, QStringLiteral("1"), "2026-11-15T10:00:00Z")}), QString());
        QCOMPARE(balanceAt(QStringLiteral("C"), "2026-11-15T10:00:00Z"), QStringLiteral("0.000"));
    }

    void addingNeverFailsAndLockRowsStayZero()
    {
        // A bin already short at a later moment (written around the control) still takes receipts.
        db::Query q(m_db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO REG_BINS (ID, RECORDER_KIND, RECORDER_ID, LINE_NO, PERIOD, DIRECTION, BIN, QUANTITY) "
                                      "VALUES (NEXT VALUE FOR SEQ_OBJECT_ID, 'raw', 99, 1, TIMESTAMP '2026-12-01 00:00:00', -1, 'D', 4)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO REG_BINS_TOTALS (PERIOD, BIN, QUANTITY) VALUES (DATE '2026-12-01', 'D', -4)")));
        QCOMPARE(post(20, {move(QStringLiteral("D"), 1, QStringLiteral("1"), "2026-11-01T10:00:00Z")}), QString());
        // Lowering it is not, even at a moment that was fine.
        QVERIFY(post(21, {move(QStringLiteral("D"), -1, QStringLiteral("1"), "2026-11-02T10:00:00Z")}).contains(QStringLiteral("4.000 short")));
        // Every lowered set has its lock row, zero, before any real month.
        QVERIFY(q.exec(QStringLiteral("SELECT BIN, CAST(QUANTITY AS VARCHAR(40)) FROM REG_BINS_TOTALS WHERE PERIOD = DATE '0001-01-01' ORDER BY BIN")));
        QStringList locks;
        while (q.next()) {
            QCOMPARE(q.value(1).toString(), QStringLiteral("0.000"));
            locks.append(q.value(0).toString());
        }
        QCOMPARE(locks, (QStringList{QStringLiteral("A"), QStringLiteral("C")}));
    }
};

QTEST_GUILESS_MAIN(TestRegisters)
#include "tst_registers.moc"
