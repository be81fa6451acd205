// kill -9 during a posting load: after a restart every acknowledged document is there and
// fully posted, nothing is half-posted, and the register totals equal their movements.
#include "catalogclient.h"
#include "decimal.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

using erp::client::Reply;
using namespace erp::test;

class TestCrash : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;

    QCborArray allDocuments(erp::client::Connection &c, const QString &kind)
    {
        QCborArray out;
        QCborMap p = params(kind, {{QStringLiteral("limit"), 1000}, {QStringLiteral("sort"), QStringLiteral("id")}});
        for (;;) {
            const QCborMap page = c.call(QStringLiteral("document.list"), p).result.toMap();
            for (const QCborValue &row : page.value(QStringLiteral("rows")).toArray())
                out.append(row);
            if (!page.value(QStringLiteral("more")).toBool())
                return out;
            p.insert(QStringLiteral("after"), page.value(QStringLiteral("next")));
        }
    }

private Q_SLOTS:
    void acknowledgedDocumentsSurviveAKill()
    {
        QVERIFY(m_server.start());
        auto c = m_server.connect();
        QVERIFY(c);
        auto create = [&](const QString &kind, const QCborMap &values) {
            QCborMap p = params(kind);
            p.insert(QStringLiteral("values"), values);
            return c->call(QStringLiteral("catalog.create"), p).result.toMap().value(QStringLiteral("id")).toInteger();
        };
        const qint64 org = create(QStringLiteral("organizations"), map({{QStringLiteral("name"), QStringLiteral("Alfa")}}));
        const qint64 warehouse = create(QStringLiteral("warehouses"), map({{QStringLiteral("name"), QStringLiteral("Sklad")}, {QStringLiteral("organization"), org}}));
        const qint64 unit = create(QStringLiteral("units"), map({{QStringLiteral("code"), QStringLiteral("ks")}, {QStringLiteral("name"), QStringLiteral("kus")}}));
        const qint64 partner = create(QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Odběratel")}}));
        QList<qint64> products;
        for (int i = 0; i < 5; ++i)
            products << create(QStringLiteral("products"), map({{QStringLiteral("name"), QStringLiteral("Zboží %1").arg(i)}, {QStringLiteral("unit"), unit}}));
        const QCborMap receiptHead = map({{QStringLiteral("organization"), org}, {QStringLiteral("warehouse"), warehouse}});
        const QCborMap shipmentHead = map({{QStringLiteral("organization"), org}, {QStringLiteral("warehouse"), warehouse},
                                           {QStringLiteral("partner"), partner}});
        c.reset();

        // Four clients post receipts and shipments as fast as they can; the server is killed
        // in the middle. Every document whose creation was acknowledged is remembered.
        std::mutex mutex;
        QList<std::pair<QString, qint64>> acknowledged;
        std::atomic<bool> stop{false};
        std::vector<std::thread> clients;
        for (int w = 0; w < 4; ++w) {
            clients.emplace_back([&, w] {
                auto conn = m_server.connect();
                if (!conn) {
                    qWarning() << "client" << w << "could not connect";
                    return;
                }
                for (int i = 0; !stop; ++i) {
                    const bool receipt = i % 3 != 2;
                    const QString kind = receipt ? QStringLiteral("goods_receipts") : QStringLiteral("shipments");
                    QCborMap p = params(kind);
                    p.insert(QStringLiteral("values"), receipt ? receiptHead : shipmentHead);
                    QCborArray lines;
                    for (int l = 0; l < 3; ++l)
                        lines.append(map({{QStringLiteral("product"), products[(i + l + w) % products.size()]},
                                          {QStringLiteral("quantity"), receipt ? QStringLiteral("5") : QStringLiteral("1")},
                                          {QStringLiteral("price"), QStringLiteral("10")}}));
                    p.insert(QStringLiteral("sections"), map({{QStringLiteral("lines"), lines}}));
                    p.insert(QStringLiteral("post"), true);
                    // Long enough for a posting caught in a deadlock: Firebird breaks it only
                    // after its DeadlockTimeout (ten seconds), and the dispatcher retries it.
                    const Reply r = conn->call(QStringLiteral("document.create"), p, 30000);
                    if (r.ok) {
                        std::lock_guard lock(mutex);
                        acknowledged.append({kind, r.result.toMap().value(QStringLiteral("id")).toInteger()});
                    } else if (!conn->isOpen()) {
                        return; // the server is gone
                    } else if (!stop) {
                        qWarning().noquote() << "create failed:" << r.error.message;
                    }
                }
            });
        }
        // Kill once the load is well under way (whatever the machine's speed).
        for (int waited = 0; waited < 60000; waited += 50) {
            {
                std::lock_guard lock(mutex);
                if (acknowledged.size() >= 60)
                    break;
            }
            QTest::qWait(50);
        }
        m_server.kill();
        stop = true;
        for (std::thread &t : clients)
            t.join();
        QVERIFY2(acknowledged.size() > 20, "the load did not get going before the kill");

        QVERIFY(m_server.restart());
        c = m_server.connect();
        QVERIFY(c);
        for (const auto &[kind, id] : std::as_const(acknowledged)) {
            const Reply r = c->call(QStringLiteral("document.read"), params(kind, {{QStringLiteral("id"), id}}));
            QVERIFY2(r.ok, qPrintable(QStringLiteral("%1 %2 lost: %3").arg(kind).arg(id).arg(r.error.message)));
            QCOMPARE(r.result.toMap().value(QStringLiteral("status")).toString(), QStringLiteral("posted"));
        }
        // Nothing half-posted: posted documents have their movements, drafts have none; and the
        // totals equal the signed sum of all movements.
        QHash<qint64, erp::Decimal> fromMovements;
        for (const QString &kind : {QStringLiteral("goods_receipts"), QStringLiteral("shipments")}) {
            for (const QCborValue &d : allDocuments(*c, kind)) {
                const QCborMap doc = d.toMap();
                const QCborArray stock = c->call(QStringLiteral("document.movements"), params(kind, {{QStringLiteral("id"), doc.value(QStringLiteral("id"))}}))
                                             .result.toMap().value(QStringLiteral("stock")).toArray();
                const bool posted = doc.value(QStringLiteral("status")).toString() == QLatin1String("posted");
                QCOMPARE(stock.size(), posted ? 3 : 0);
                for (const QCborValue &m : stock) {
                    erp::Decimal q = *erp::Decimal::parse(m.toMap().value(QStringLiteral("quantity")).toString());
                    if (m.toMap().value(QStringLiteral("direction")).toInteger() < 0)
                        q = q.negated();
                    const qint64 product = m.toMap().value(QStringLiteral("product")).toInteger();
                    fromMovements[product] = *fromMovements[product].plus(q);
                }
            }
        }
        for (qint64 product : std::as_const(products)) {
            const QCborArray rows = c->call(QStringLiteral("register.balances"),
                                            map({{QStringLiteral("register"), QStringLiteral("stock")},
                                                 {QStringLiteral("where"), map({{QStringLiteral("product"), product}})}}))
                                        .result.toMap().value(QStringLiteral("rows")).toArray();
            const erp::Decimal total = rows.isEmpty() ? erp::Decimal() : *erp::Decimal::parse(rows[0].toMap().value(QStringLiteral("quantity")).toString());
            QCOMPARE(total, fromMovements.value(product));
            QVERIFY(!total.isNegative());
        }
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
