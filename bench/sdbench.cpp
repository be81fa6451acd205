// erp-sd-bench: an SD-style load through the binary protocol, after the SAP SD benchmark's
// user loop: a sales order with 5 lines -> its shipment (goods issue) -> its invoice -> its
// payment, plus a list of 40 orders, N concurrent clients with zero think time. Reports fully
// processed order line items per hour (100 SAPS = 2,000 line items per hour) and the latency
// of every step. Also times the posting of one 1,000-line document.
//   erp-sd-bench --server HOST:PORT [--password P] [--clients 1,4,8] [--seconds 30]
#include "serveroptions.h"
#include "stats.h"

#include "connection.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

namespace {

using erp::client::Connection;
using erp::client::Reply;
using Clock = std::chrono::steady_clock;

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

QCborMap map(std::initializer_list<std::pair<QString, QCborValue>> items)
{
    QCborMap m;
    for (const auto &[k, v] : items)
        m.insert(k, v);
    return m;
}

struct Setup : erp::bench::ServerLogin
{
    qint64 organization = 0, warehouse = 0, partner = 0, counterparty = 0;
    QList<qint64> products;
};

bool open(const Setup &s, Connection *c)
{
    QString error;
    if (!erp::bench::openSession(s, c, &error)) {
        print(QStringLiteral("connect: ") + error);
        return false;
    }
    return true;
}

Reply must(Connection &c, const QString &method, const QCborMap &params)
{
    const Reply r = c.call(method, params, 600000);
    if (!r.ok) {
        print(QStringLiteral("%1 failed: %2").arg(method, r.error.message));
        std::exit(1);
    }
    return r;
}

qint64 create(Connection &c, const QString &kind, const QCborMap &values)
{
    return must(c, QStringLiteral("catalog.create"), map({{QStringLiteral("kind"), kind}, {QStringLiteral("values"), values}}))
        .result.toMap().value(QStringLiteral("id")).toInteger();
}

QCborMap document(const QString &kind, const QCborMap &values, const QCborArray &lines)
{
    return map({{QStringLiteral("kind"), kind}, {QStringLiteral("values"), values},
                {QStringLiteral("sections"), map({{QStringLiteral("lines"), lines}})}, {QStringLiteral("post"), true}});
}

// Creates, saves and posts a document based on another; returns its id (0 on failure).
qint64 basedOn(Connection &c, const QString &kind, const QString &from, qint64 id, QString *error)
{
    const Reply proposal = c.call(QStringLiteral("document.basedOn"),
                                  map({{QStringLiteral("kind"), kind},
                                       {QStringLiteral("from"), map({{QStringLiteral("kind"), from}, {QStringLiteral("id"), id}})}}));
    if (!proposal.ok) {
        *error = proposal.error.message;
        return 0;
    }
    const QCborMap p = proposal.result.toMap();
    const Reply r = c.call(QStringLiteral("document.create"),
                           document(kind, p.value(QStringLiteral("values")).toMap(),
                                    p.value(QStringLiteral("sections")).toMap().value(QStringLiteral("lines")).toArray()));
    if (!r.ok) {
        *error = r.error.message;
        return 0;
    }
    return r.result.toMap().value(QStringLiteral("id")).toInteger();
}

QString line(const QString &name, const erp::bench::Samples &s)
{
    return QStringLiteral("  %1 ").arg(name, -26) + erp::bench::describe(s.summary());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const erp::bench::ServerOptions serverOptions;
    serverOptions.addTo(p);
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("Comma-separated client counts"),
                                     QStringLiteral("LIST"), QStringLiteral("1,4,8"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Seconds per client count"), QStringLiteral("S"),
                                     QStringLiteral("30"));
    const QCommandLineOption products(QStringLiteral("products"), QStringLiteral("Products in the assortment"), QStringLiteral("N"),
                                      QStringLiteral("200"));
    const QCommandLineOption stockReport(QStringLiteral("stock-report"),
                                         QStringLiteral("Only time stock balance reports (on a database filled by bench/stockmovements.sql)."));
    p.addOptions({clients, seconds, products, stockReport});
    p.process(app);

    Setup s;
    if (QString error; !serverOptions.read(p, &s, &error)) {
        print(error);
        return 2;
    }
    Connection control;
    if (!open(s, &control))
        return 1;

    if (p.isSet(stockReport)) {
        // Balances from the monthly totals: one product now and at a past date, one warehouse
        // (10,000 products) now and at a past date. Each repeated 10 times.
        const QList<std::pair<QString, QCborMap>> cases{
            {QStringLiteral("one product, now"),
             map({{QStringLiteral("register"), QStringLiteral("stock")},
                  {QStringLiteral("where"), map({{QStringLiteral("warehouse"), 900000001LL}, {QStringLiteral("product"), 910000001LL}})}})},
            {QStringLiteral("one product, 2025-06-15"),
             map({{QStringLiteral("register"), QStringLiteral("stock")}, {QStringLiteral("at"), QStringLiteral("2025-06-15T12:00:00Z")},
                  {QStringLiteral("where"), map({{QStringLiteral("warehouse"), 900000001LL}, {QStringLiteral("product"), 910000001LL}})}})},
            {QStringLiteral("one warehouse, now"),
             map({{QStringLiteral("register"), QStringLiteral("stock")}, {QStringLiteral("where"), map({{QStringLiteral("warehouse"), 900000002LL}})}})},
            {QStringLiteral("one warehouse, 2025-06-15"),
             map({{QStringLiteral("register"), QStringLiteral("stock")}, {QStringLiteral("at"), QStringLiteral("2025-06-15T12:00:00Z")},
                  {QStringLiteral("where"), map({{QStringLiteral("warehouse"), 900000002LL}})}})},
        };
        for (const auto &[name, params] : cases) {
            erp::bench::Samples samples;
            qsizetype rows = 0;
            for (int i = 0; i < 10; ++i) {
                const auto t = Clock::now();
                rows = must(control, QStringLiteral("register.balances"), params).result.toMap().value(QStringLiteral("rows")).toArray().size();
                samples.add(std::chrono::duration<double, std::milli>(Clock::now() - t).count());
            }
            print(line(name, samples) + QStringLiteral("  rows=%1").arg(rows));
        }
        return 0;
    }

    // The assortment: products with plenty of stock, received in one 1,000-line-capable receipt.
    const QString tag = QString::number(QDateTime::currentSecsSinceEpoch());
    s.organization = create(control, QStringLiteral("organizations"), map({{QStringLiteral("name"), QStringLiteral("SD bench ") + tag}}));
    s.warehouse = create(control, QStringLiteral("warehouses"), map({{QStringLiteral("name"), QStringLiteral("SD sklad ") + tag},
                                                                     {QStringLiteral("organization"), s.organization}}));
    const qint64 unit = create(control, QStringLiteral("units"), map({{QStringLiteral("code"), QStringLiteral("sd") + tag.right(6)},
                                                                     {QStringLiteral("name"), QStringLiteral("kus")}}));
    s.partner = create(control, QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Zákazník SD ") + tag}}));
    s.counterparty = create(control, QStringLiteral("counterparties"), map({{QStringLiteral("name"), QStringLiteral("Zákazník SD s.r.o.")},
                                                                           {QStringLiteral("partner"), s.partner}}));
    const int productCount = qMax(5, p.value(products).toInt());
    QCborArray receiptLines;
    for (int i = 0; i < qMax(productCount, 1000); ++i) {
        const qint64 product = create(control, QStringLiteral("products"), map({{QStringLiteral("name"), QStringLiteral("SD výrobek %1").arg(i)},
                                                                                {QStringLiteral("unit"), unit}}));
        if (i < productCount)
            s.products.append(product);
        receiptLines.append(map({{QStringLiteral("product"), product}, {QStringLiteral("quantity"), QStringLiteral("1000000")},
                                 {QStringLiteral("price"), QStringLiteral("100")}}));
    }
    const auto receiptStart = Clock::now();
    must(control, QStringLiteral("document.create"),
         document(QStringLiteral("goods_receipts"), map({{QStringLiteral("organization"), s.organization},
                                                         {QStringLiteral("warehouse"), s.warehouse}}),
                  receiptLines));
    print(QStringLiteral("# 1,000-line goods receipt saved and posted in %1 ms")
              .arg(std::chrono::duration<double, std::milli>(Clock::now() - receiptStart).count(), 0, 'f', 0));

    // What each step asks of the database, from the server's own counts (system.statistics).
    // (A server without the method, an older one measured for comparison, prints none.)
    auto statistics = [&] { return control.call(QStringLiteral("system.statistics"), {}).result.toMap(); };
    auto printStatements = [&](const QCborMap &before, const QCborMap &after) {
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            const QCborMap now = it.value().toMap();
            const QCborMap then = before.value(it.key()).toMap();
            auto delta = [&](const char *name) {
                return now.value(QLatin1String(name)).toInteger() - then.value(QLatin1String(name)).toInteger();
            };
            const qint64 calls = delta("calls");
            if (calls == 0 || it.key().toString() == QLatin1String("system.statistics"))
                continue;
            print(QStringLiteral("  %1 calls=%2 statements/call=%3 prepared/call=%4 worker ms/call=%5")
                      .arg(it.key().toString(), -26)
                      .arg(calls)
                      .arg(double(delta("statements")) / double(calls), 0, 'f', 1)
                      .arg(double(delta("prepared")) / double(calls), 0, 'f', 2)
                      .arg(double(delta("microseconds")) / 1000.0 / double(calls), 0, 'f', 2));
        }
    };
    const auto duration = std::chrono::seconds(p.value(seconds).toInt());
    for (const QString &countText : p.value(clients).split(u',')) {
        const QCborMap statisticsBefore = statistics();
        const int count = countText.toInt();
        std::atomic<qint64> loops{0};
        std::atomic<int> failures{0};
        std::vector<erp::bench::Samples> order(count), ship(count), invoice(count), pay(count), list(count);
        std::vector<std::thread> threads;
        const auto start = Clock::now();
        for (int w = 0; w < count; ++w) {
            threads.emplace_back([&, w] {
                Connection c;
                if (!open(s, &c)) {
                    ++failures;
                    return;
                }
                QRandomGenerator random(quint32(w + 1));
                auto timed = [](erp::bench::Samples &samples, const std::function<bool()> &step) {
                    const auto t = Clock::now();
                    const bool ok = step();
                    samples.add(std::chrono::duration<double, std::milli>(Clock::now() - t).count());
                    return ok;
                };
                while (Clock::now() - start < duration) {
                    QCborArray lines;
                    QList<qint64> chosen;
                    while (chosen.size() < 5) {
                        const qint64 product = s.products.at(int(random.bounded(quint32(s.products.size()))));
                        if (!chosen.contains(product))
                            chosen.append(product);
                    }
                    for (qint64 product : chosen)
                        lines.append(map({{QStringLiteral("product"), product}, {QStringLiteral("quantity"), QString::number(random.bounded(1, 10))},
                                          {QStringLiteral("price"), QStringLiteral("150")}}));
                    qint64 orderId = 0, shipmentId = 0, invoiceId = 0;
                    QString error;
                    const bool ok =
                        timed(order[w], [&] {
                            const Reply r = c.call(QStringLiteral("document.create"),
                                                   document(QStringLiteral("sales_orders"),
                                                            map({{QStringLiteral("organization"), s.organization}, {QStringLiteral("warehouse"), s.warehouse},
                                                                 {QStringLiteral("partner"), s.partner}, {QStringLiteral("counterparty"), s.counterparty}}),
                                                            lines));
                            error = r.error.message;
                            orderId = r.result.toMap().value(QStringLiteral("id")).toInteger();
                            return r.ok;
                        })
                        && timed(ship[w], [&] { return (shipmentId = basedOn(c, QStringLiteral("shipments"), QStringLiteral("sales_orders"), orderId, &error)) != 0; })
                        && timed(invoice[w], [&] { return (invoiceId = basedOn(c, QStringLiteral("sales_invoices"), QStringLiteral("shipments"), shipmentId, &error)) != 0; })
                        && timed(pay[w], [&] { return basedOn(c, QStringLiteral("incoming_payments"), QStringLiteral("sales_invoices"), invoiceId, &error) != 0; })
                        && timed(list[w], [&] {
                               return c.call(QStringLiteral("document.list"), map({{QStringLiteral("kind"), QStringLiteral("sales_orders")},
                                                                                   {QStringLiteral("limit"), 40}, {QStringLiteral("descending"), true}}))
                                   .ok;
                           });
                    if (ok) {
                        ++loops;
                    } else {
                        ++failures;
                        print(QStringLiteral("loop failed: ") + error);
                    }
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
        const double itemsPerHour = double(loops.load()) * 5.0 / elapsed * 3600.0;
        erp::bench::Samples o, sh, in, pa, li;
        for (int w = 0; w < count; ++w) {
            o.append(order[w]);
            sh.append(ship[w]);
            in.append(invoice[w]);
            pa.append(pay[w]);
            li.append(list[w]);
        }
        print(QStringLiteral("sd clients=%1 loops=%2 failures=%3 in %4 s: %5 line items/h = %6 SAPS-equivalent")
                  .arg(count)
                  .arg(loops.load())
                  .arg(failures.load())
                  .arg(elapsed, 0, 'f', 1)
                  .arg(itemsPerHour, 0, 'f', 0)
                  .arg(itemsPerHour / 20.0, 0, 'f', 0));
        print(line(QStringLiteral("order"), o));
        print(line(QStringLiteral("shipment"), sh));
        print(line(QStringLiteral("invoice"), in));
        print(line(QStringLiteral("payment"), pa));
        print(line(QStringLiteral("list 40"), li));
        printStatements(statisticsBefore, statistics());
    }
    return 0;
}
