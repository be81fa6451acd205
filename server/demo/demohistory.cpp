#include "demohistory.h"
#include "democrm.h"

#include "core/access.h"
#include "core/areas.h"
#include "core/catalogstore.h"
#include "core/documentstore.h"
#include "core/postinghelpers.h"
#include "db/sqlvalue.h"
#include "decimal.h"
#include "metadata/model.h"
#include "rpc/rpcerror.h"

#include <QCborArray>
#include <QDateTime>
#include <QDebug>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include "db/query.h"

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace erp::demo {

namespace {

using erp::Decimal;
using erp::core::posting::map;
using erp::db::execute;

Decimal dec(const QString &text) { return erp::Decimal::parse(text).value_or(Decimal()); }
QString scaled(const Decimal &d, const QString &factor) { return d.times(dec(factor), 2)->toString(); }
qint64 whole(const Decimal &d) { return d.rescaled(0).value_or(Decimal()).units(); }

struct Product
{
    qint64 id = 0;
    bool service = false;
    Decimal buy, sell;
    int supplier = 0; // index into the suppliers
};

struct Party
{
    qint64 partner = 0, counterparty = 0;
    int user = 0; // index into the users: the account manager
    bool wholesale = false;
};

struct Clerk
{
    erp::core::UserInfo user;
    std::unique_ptr<erp::core::DocumentStore> store;
};

// What is still owed on an invoice, as the simulation knows it.
struct OpenInvoice
{
    qint64 id = 0;
    Decimal open;
    QCborMap document;
};

enum Warehouse { Prague, Brno, WarehouseCount };

class History
{
public:
    History(QSqlDatabase &db, const erp::meta::Model &model, const erp::core::AreaRegistry &areas, const QDate &today,
            int days, HistorySummary *summary)
        : m_db(db), m_model(model), m_areas(areas), m_today(today), m_start(today.addDays(-days)),
          m_summary(summary), m_random(quint32(today.toJulianDay()))
    {
    }

    bool load(QString *error);
    void run();

private:
    int between(int low, int high) { return low + int(m_random.bounded(quint32(high - low + 1))); }
    bool chance(int percent) { return between(1, 100) <= percent; }
    static QDate workday(QDate d)
    {
        while (d.dayOfWeek() > 5)
            d = d.addDays(1);
        return d;
    }
    // Nine in the morning where the company is, plus a minute per document of the day.
    QString moment(const QDate &d) { return QDateTime(d, QTime(9, 0).addSecs(60 * (m_minute++ % 480))).toUTC().toString(Qt::ISODateWithMs); }
    void at(const QDate &d, std::function<void()> what) { m_agenda.emplace(workday(d), std::move(what)); }

    std::optional<QCborMap> post(const QString &kind, int clerk, QCborMap values, const QCborArray &lines);
    void openingStock();
    void setPrices(const QString &factorRetail, const QString &factorWholesale);
    void setRate();
    void sell();
    // "Create based on", as the clerk uses it: what the server proposes, or nothing when
    // nothing remains (or the rule does not apply to this source).
    std::optional<QCborMap> propose(const QString &target, const QString &sourceKind, const QCborMap &source);
    void ship(const QCborMap &order, const QList<int> &lineNumbers, bool invoice, bool last);
    void invoice(const QString &sourceKind, const QCborMap &source, const QCborMap &order);
    void collect(const std::shared_ptr<OpenInvoice> &invoice, const Party &party, bool last);
    void takeBack(const QCborMap &invoice, const std::shared_ptr<OpenInvoice> &open, int warehouse);
    std::optional<QCborMap> discount(const std::shared_ptr<OpenInvoice> &invoice, const QString &percent,
                                     const QString &reason);
    void refund(const QCborMap &creditNote, const std::shared_ptr<OpenInvoice> &invoice);
    void reorder();
    void receive(const QCborMap &order, int warehouse);
    void pay(const QCborMap &supplierInvoice, int supplier);
    void transfer();
    void count();

    Decimal free(int w, qint64 product) const { return *m_onHand[w].value(product).minus(m_reserved[w].value(product)); }
    void add(QHash<qint64, Decimal> &to, qint64 product, const Decimal &q) { to[product] = *to.value(product).plus(q); }

    QSqlDatabase &m_db;
    const erp::meta::Model &m_model;
    const erp::core::AreaRegistry &m_areas;
    const QDate m_today, m_start;
    HistorySummary *m_summary;
    QRandomGenerator m_random;
    QDate m_day;
    int m_minute = 0;
    std::vector<erp::core::ChangeEvent> m_events;
    std::multimap<QDate, std::function<void()>> m_agenda;

    qint64 m_organization = 0;
    qint64 m_warehouse[WarehouseCount] = {};
    qint64 m_euro = 0;
    qint64 m_retail = 0, m_wholesale = 0; // price types
    std::vector<Clerk> m_clerks;
    QList<Product> m_products;
    QList<Party> m_customers, m_suppliers;
    QHash<qint64, Decimal> m_onHand[WarehouseCount], m_reserved[WarehouseCount], m_incoming[WarehouseCount];
};

bool History::load(QString *error)
{
    erp::db::Query q(m_db);
    execute(q, QStringLiteral("SELECT FIRST 1 ID FROM CAT_ORGANIZATIONS ORDER BY ID"));
    if (!q.next()) {
        *error = QStringLiteral("demo history: no organization");
        return false;
    }
    m_organization = q.value(0).toLongLong();
    execute(q, QStringLiteral("SELECT FIRST 2 ID FROM CAT_WAREHOUSES WHERE ORGANIZATION = ? ORDER BY ID"),
            {qlonglong(m_organization)});
    for (int w = 0; w < WarehouseCount && q.next(); ++w)
        m_warehouse[w] = q.value(0).toLongLong();
    execute(q, QStringLiteral("SELECT ID FROM CAT_CURRENCIES WHERE CODE = 'EUR'"));
    m_euro = q.next() ? q.value(0).toLongLong() : 0;

    QHash<qint64, int> userIndex;
    execute(q, QStringLiteral("SELECT ID, CODE, NAME, \"ROLE\" FROM CAT_USERS "
                              "WHERE \"ROLE\" IN ('manager', 'clerk') AND ACTIVE = TRUE ORDER BY ID"));
    while (q.next()) {
        Clerk c;
        c.user.id = q.value(0).toLongLong();
        c.user.login = q.value(1).toString();
        c.user.name = q.value(2).toString();
        c.user.role = q.value(3).toString();
        c.user.rights = erp::core::AccessPolicy::rightsOfRole(c.user.role);
        userIndex.insert(c.user.id, int(m_clerks.size()));
        m_clerks.push_back(std::move(c));
    }
    // Each store keeps a reference to its user: build them once the vector no longer moves.
    for (Clerk &c : m_clerks)
        c.store = std::make_unique<erp::core::DocumentStore>(m_db, m_model, m_areas, c.user, &m_events);

    const auto parties = [&](const QString &where, int count, QList<Party> &into) {
        execute(q, QStringLiteral("SELECT FIRST %1 p.ID, MIN(c.ID), MIN(p.MANAGER), MIN(g.NAME) FROM CAT_PARTNERS p "
                                  "JOIN CAT_COUNTERPARTIES c ON c.PARTNER = p.ID "
                                  "LEFT JOIN CAT_PARTNERS g ON g.ID = p.PARENT "
                                  "WHERE p.IS_GROUP = FALSE AND %2 GROUP BY p.ID ORDER BY p.ID")
                       .arg(count)
                       .arg(where));
        while (q.next())
            into.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                         int(userIndex.value(q.value(2).toLongLong(), 0)),
                         q.value(3).toString() == QLatin1String("Velkoobchod")});
    };
    parties(QStringLiteral("p.IS_CLIENT = TRUE AND p.IS_SUPPLIER = FALSE"), 300, m_customers);
    parties(QStringLiteral("p.IS_SUPPLIER = TRUE"), 12, m_suppliers);

    execute(q, QStringLiteral("SELECT FIRST 170 ID, PRODUCT_TYPE, CAST(PURCHASE_PRICE AS VARCHAR(40)), "
                              "CAST(SALE_PRICE AS VARCHAR(40)) FROM CAT_PRODUCTS ORDER BY ID"));
    while (q.next()) {
        const bool service = q.value(1).toString() == QLatin1String("service");
        m_products.append({q.value(0).toLongLong(), service, dec(q.value(2).toString()), dec(q.value(3).toString()),
                           int(m_products.size() % qMax(1, int(m_suppliers.size())))});
    }
    if (m_clerks.empty() || m_customers.isEmpty() || m_suppliers.isEmpty() || m_products.isEmpty() || !m_warehouse[Brno]) {
        *error = QStringLiteral("demo history: the catalogs lack users, customers, suppliers, products or warehouses");
        return false;
    }
    return true;
}

std::optional<QCborMap> History::post(const QString &kind, int clerk, QCborMap values, const QCborArray &lines)
{
    values.insert(QStringLiteral("organization"), m_organization);
    values.insert(QStringLiteral("date"), moment(m_day));
    erp::db::Query q(m_db);
    execute(q, QStringLiteral("SAVEPOINT DEMO_DOCUMENT"));
    try {
        const QCborMap created = m_clerks[size_t(clerk) % m_clerks.size()].store->create(
            map({{QStringLiteral("kind"), kind},
                 {QStringLiteral("values"), values},
                 {QStringLiteral("sections"), map({{QStringLiteral("lines"), lines}})},
                 {QStringLiteral("post"), true}}));
        execute(q, QStringLiteral("RELEASE SAVEPOINT DEMO_DOCUMENT"));
        m_events.clear();
        ++m_summary->documents[kind];
        return created;
    } catch (const erp::rpc::RpcError &e) {
        execute(q, QStringLiteral("ROLLBACK TO SAVEPOINT DEMO_DOCUMENT"));
        m_events.clear();
        const QString failure = QStringLiteral("%1 on %2: %3 (%4)").arg(kind, m_day.toString(Qt::ISODate), e.message, e.field);
        qWarning().noquote() << "demo history:" << failure << QString::fromUtf8(QJsonDocument(values.toJsonObject()).toJson(QJsonDocument::Compact));
        if (m_summary->failed++ == 0)
            m_summary->firstFailure = failure;
        return std::nullopt;
    }
}

QCborArray linesOf(const QCborMap &document)
{
    return document.value(QStringLiteral("sections")).toMap().value(QStringLiteral("lines")).toArray();
}

qint64 idOf(const QCborMap &document) { return document.value(QStringLiteral("id")).toInteger(); }

QCborValue refId(const QCborValue &v) { return v.isMap() ? v.toMap().value(QStringLiteral("id")) : v; }

void History::openingStock()
{
    for (int w = 0; w < WarehouseCount; ++w)
        for (int s = 0; s < m_suppliers.size(); ++s) {
            QCborArray lines;
            for (const Product &p : std::as_const(m_products))
                if (!p.service && p.supplier == s) {
                    const Decimal quantity = Decimal::fromUnits(between(w == Prague ? 30 : 10, w == Prague ? 90 : 40), 0);
                    lines.append(map({{QStringLiteral("product"), p.id},
                                      {QStringLiteral("quantity"), quantity.toString()},
                                      {QStringLiteral("price"), p.buy.toString()}}));
                }
            if (lines.isEmpty())
                continue;
            const Party &supplier = m_suppliers[s];
            const QCborMap order =
                map({{QStringLiteral("warehouse"), m_warehouse[w]},
                     {QStringLiteral("supplier"), supplier.partner},
                     {QStringLiteral("counterparty"), supplier.counterparty},
                     {QStringLiteral("note"), QStringLiteral("Počáteční zásoba")}});
            if (const auto po = post(QStringLiteral("purchase_orders"), s, order, lines)) {
                for (const QCborValue &l : lines)
                    add(m_incoming[w], l.toMap().value(QStringLiteral("product")).toInteger(),
                        dec(l.toMap().value(QStringLiteral("quantity")).toString()));
                receive(*po, w);
            }
        }
}

void History::setPrices(const QString &factorRetail, const QString &factorWholesale)
{
    for (const auto &[type, factor] : {std::pair{m_retail, factorRetail}, std::pair{m_wholesale, factorWholesale}}) {
        QCborArray lines;
        for (const Product &p : std::as_const(m_products))
            lines.append(map({{QStringLiteral("product"), p.id}, {QStringLiteral("price"), scaled(p.sell, factor)}}));
        post(QStringLiteral("price_settings"), 0, map({{QStringLiteral("price_type"), type}}), lines);
    }
}

void History::setRate()
{
    if (!m_euro)
        return;
    const QString rate = QStringLiteral("%1.%2").arg(between(24, 25)).arg(between(100, 999));
    post(QStringLiteral("rate_settings"), 0, {},
         {map({{QStringLiteral("currency"), m_euro}, {QStringLiteral("rate"), rate}})});
}

void History::sell()
{
    const Party &party = m_customers[between(0, int(m_customers.size()) - 1)];
    const int w = chance(75) ? Prague : Brno;
    QCborArray lines;
    QList<qint64> taken;
    const int wanted = between(1, 5);
    for (int attempt = 0; attempt < 12 && lines.size() < wanted; ++attempt) {
        const Product &p = m_products[between(0, int(m_products.size()) - 1)];
        if (taken.contains(p.id))
            continue;
        int quantity = between(1, party.wholesale ? 20 : 6);
        if (!p.service) {
            quantity = int(qMin<qint64>(quantity, whole(free(w, p.id))));
            if (quantity <= 0)
                continue;
            add(m_reserved[w], p.id, Decimal::fromUnits(quantity, 0));
        }
        taken.append(p.id);
        lines.append(map({{QStringLiteral("product"), p.id}, {QStringLiteral("quantity"), QString::number(quantity)}}));
    }
    if (lines.isEmpty())
        return;
    const bool onOrder = chance(10);
    const auto order = post(QStringLiteral("sales_orders"), party.user,
                            map({{QStringLiteral("warehouse"), m_warehouse[w]},
                                 {QStringLiteral("partner"), party.partner},
                                 {QStringLiteral("counterparty"), party.counterparty},
                                 {QStringLiteral("price_type"), party.wholesale ? m_wholesale : m_retail},
                                 {QStringLiteral("invoicing"), onOrder ? QStringLiteral("on_order")
                                                                       : QStringLiteral("on_shipment")}}),
                            lines);
    if (!order) {
        for (const QCborValue &l : lines)
            add(m_reserved[w], l.toMap().value(QStringLiteral("product")).toInteger(),
                dec(l.toMap().value(QStringLiteral("quantity")).toString()).negated());
        return;
    }
    QList<int> all;
    for (int i = 0; i < lines.size(); ++i)
        all.append(i);
    if (onOrder)
        invoice(QStringLiteral("sales_orders"), *order, *order);
    const QDate shipDay = m_day.addDays(between(0, 3));
    if (lines.size() > 1 && chance(12)) {
        // Shipped in two parts: the last line a week later.
        const QList<int> first = all.mid(0, all.size() - 1), rest = all.mid(all.size() - 1);
        at(shipDay, [this, o = *order, first, onOrder] { ship(o, first, !onOrder, false); });
        at(shipDay.addDays(7), [this, o = *order, rest, onOrder] { ship(o, rest, !onOrder, true); });
    } else {
        at(shipDay, [this, o = *order, all, onOrder] { ship(o, all, !onOrder, true); });
    }
}

std::optional<QCborMap> History::propose(const QString &target, const QString &sourceKind, const QCborMap &source)
{
    const erp::core::BasedOnRule *rule = m_areas.basedOn(sourceKind, target);
    erp::core::DocumentStore &store = *m_clerks.front().store;
    try {
        // The source as it is now, as the clerk who opens it sees it.
        const QCborMap now = store.readDocument(*m_model.kind(sourceKind), idOf(source));
        const QCborMap proposal = store.proposal(*rule, *m_model.kind(target), now, idOf(source));
        if (linesOf(proposal).isEmpty())
            return std::nullopt;
        return proposal;
    } catch (const erp::rpc::RpcError &) {
        return std::nullopt; // the rule's guard: not from this source
    }
}

void History::ship(const QCborMap &order, const QList<int> &lineNumbers, bool toInvoice, bool last)
{
    const qint64 warehouse = refId(order.value(QStringLiteral("warehouse"))).toInteger();
    const int w = warehouse == m_warehouse[Brno] ? Brno : Prague;
    if (const auto proposal = propose(QStringLiteral("shipments"), QStringLiteral("sales_orders"), order)) {
        QCborArray lines;
        for (const QCborValue &v : linesOf(*proposal))
            if (lineNumbers.contains(int(v.toMap().value(QStringLiteral("order_line")).toInteger()) - 1))
                lines.append(v);
        if (!lines.isEmpty()) {
            const auto shipment = post(QStringLiteral("shipments"), between(0, int(m_clerks.size()) - 1),
                                       proposal->value(QStringLiteral("values")).toMap(), lines);
            if (!shipment)
                return;
            for (const QCborValue &v : std::as_const(lines)) {
                const qint64 product = refId(v.toMap().value(QStringLiteral("product"))).toInteger();
                const Decimal q = dec(v.toMap().value(QStringLiteral("quantity")).toString());
                add(m_onHand[w], product, q.negated());
                add(m_reserved[w], product, q.negated());
            }
            if (toInvoice)
                invoice(QStringLiteral("shipments"), *shipment, order);
        }
    }
    // Services are never shipped: the order invoices them with its last delivery.
    if (toInvoice && last)
        invoice(QStringLiteral("sales_orders"), order, order);
}

void History::invoice(const QString &sourceKind, const QCborMap &source, const QCborMap &order)
{
    const auto proposal = propose(QStringLiteral("sales_invoices"), sourceKind, source);
    if (!proposal)
        return;
    const qint64 partner = refId(order.value(QStringLiteral("partner"))).toInteger();
    const auto party = std::find_if(m_customers.cbegin(), m_customers.cend(), [&](const Party &p) { return p.partner == partner; });
    const auto created = post(QStringLiteral("sales_invoices"), party->user, proposal->value(QStringLiteral("values")).toMap(),
                              linesOf(*proposal));
    if (!created)
        return;
    auto open = std::make_shared<OpenInvoice>(
        OpenInvoice{idOf(*created), dec(created->value(QStringLiteral("total")).toString()), *created});
    const QDate due = QDate::fromString(created->value(QStringLiteral("due_date")).toString(), Qt::ISODate);
    const int w = refId(order.value(QStringLiteral("warehouse"))).toInteger() == m_warehouse[Brno] ? Brno : Prague;
    // Now and then something comes back, or the customer gets a discount for a late delivery
    // (never both: a discount credits every piece of the line).
    if (chance(2))
        at(m_day.addDays(between(3, 8)), [this, c = *created, open, w] { takeBack(c, open, w); });
    else if (chance(3))
        at(m_day.addDays(between(2, 8)), [this, open] {
            discount(open, QStringLiteral("0.1"), QStringLiteral("Sleva za opožděnou dodávku"));
        });
    const int behaviour = between(1, 100);
    if (behaviour <= 3)
        return; // never paid: an old overdue invoice
    const QDate paid = behaviour <= 75 ? due.addDays(-between(0, 6)) : due.addDays(between(3, 45));
    const QDate day = paid < m_day.addDays(10) ? m_day.addDays(10) : paid;
    if (chance(5)) {
        // Paid in two instalments, half a month apart.
        at(day, [this, open, p = *party] { collect(open, p, false); });
        at(day.addDays(15), [this, open, p = *party] { collect(open, p, true); });
    } else {
        at(day, [this, open, p = *party] { collect(open, p, true); });
    }
}

void History::collect(const std::shared_ptr<OpenInvoice> &invoice, const Party &party, bool last)
{
    Decimal amount = invoice->open;
    if (!last)
        amount = *amount.dividedBy(Decimal::fromUnits(2, 0), 2);
    if (amount.isZero() || amount.isNegative())
        return;
    if (post(QStringLiteral("incoming_payments"), party.user,
             map({{QStringLiteral("partner"), party.partner},
                  {QStringLiteral("counterparty"), party.counterparty},
                  {QStringLiteral("payment_method"), chance(90) ? QStringLiteral("bank") : QStringLiteral("cash")}}),
             {map({{QStringLiteral("invoice"), invoice->id}, {QStringLiteral("amount"), amount.toString()}})})) {
        invoice->open = *invoice->open.minus(amount);
        // A complaint after the invoice was paid: a credit note, and the money goes back.
        if (last && chance(2))
            at(m_day.addDays(between(5, 20)), [this, invoice] {
                if (const auto note = discount(invoice, QStringLiteral("0.05"), QStringLiteral("Reklamace kvality")))
                    at(m_day.addDays(between(2, 6)), [this, n = *note, invoice] { refund(n, invoice); });
            });
    }
}

std::optional<QCborMap> History::discount(const std::shared_ptr<OpenInvoice> &invoice, const QString &percent,
                                          const QString &reason)
{
    const QCborMap &document = invoice->document;
    const QCborArray invoiced = linesOf(document);
    if (invoiced.isEmpty())
        return std::nullopt;
    const QCborMap l = invoiced.first().toMap();
    const Decimal price = dec(l.value(QStringLiteral("price")).toString());
    const QString off = price.times(dec(percent), 2).value_or(Decimal()).toString();
    if (dec(off).isZero())
        return std::nullopt;
    const auto note = post(QStringLiteral("credit_notes"), 0,
                           map({{QStringLiteral("partner"), refId(document.value(QStringLiteral("partner")))},
                                {QStringLiteral("counterparty"), refId(document.value(QStringLiteral("counterparty")))},
                                {QStringLiteral("sales_invoice"), invoice->id},
                                {QStringLiteral("reason"), reason}}),
                           {map({{QStringLiteral("product"), refId(l.value(QStringLiteral("product")))},
                                 {QStringLiteral("quantity"), l.value(QStringLiteral("quantity"))},
                                 {QStringLiteral("price"), off},
                                 {QStringLiteral("vat_rate"), refId(l.value(QStringLiteral("vat_rate")))}})});
    if (note)
        invoice->open = *invoice->open.minus(dec(note->value(QStringLiteral("total")).toString()));
    return note;
}

void History::refund(const QCborMap &creditNote, const std::shared_ptr<OpenInvoice> &invoice)
{
    if (!invoice->open.isNegative())
        return;
    if (post(QStringLiteral("customer_refunds"), 0,
             map({{QStringLiteral("partner"), refId(creditNote.value(QStringLiteral("partner")))},
                  {QStringLiteral("counterparty"), refId(creditNote.value(QStringLiteral("counterparty")))},
                  {QStringLiteral("payment_method"), QStringLiteral("bank")}}),
             {map({{QStringLiteral("invoice"), invoice->id}, {QStringLiteral("amount"), invoice->open.negated().toString()}})}))
        invoice->open = Decimal();
}

void History::takeBack(const QCborMap &invoice, const std::shared_ptr<OpenInvoice> &open, int warehouse)
{
    for (const QCborValue &v : linesOf(invoice)) {
        const QCborMap l = v.toMap();
        const qint64 product = refId(l.value(QStringLiteral("product"))).toInteger();
        const auto p = std::find_if(m_products.cbegin(), m_products.cend(), [&](const Product &x) { return x.id == product; });
        if (p == m_products.cend() || p->service)
            continue;
        const auto created =
            post(QStringLiteral("customer_returns"), 0,
                 map({{QStringLiteral("warehouse"), m_warehouse[warehouse]},
                      {QStringLiteral("partner"), refId(invoice.value(QStringLiteral("partner")))},
                      {QStringLiteral("counterparty"), refId(invoice.value(QStringLiteral("counterparty")))},
                      {QStringLiteral("sales_invoice"), idOf(invoice)},
                      {QStringLiteral("note"), QStringLiteral("Reklamace: poškozeno při dopravě")}}),
                 {map({{QStringLiteral("product"), product},
                       {QStringLiteral("quantity"), QStringLiteral("1")},
                       {QStringLiteral("price"), l.value(QStringLiteral("price"))},
                       {QStringLiteral("vat_rate"), refId(l.value(QStringLiteral("vat_rate")))}})});
        if (created) {
            open->open = *open->open.minus(dec(created->value(QStringLiteral("total")).toString()));
            add(m_onHand[warehouse], product, Decimal::fromUnits(1, 0));
        }
        return;
    }
}

void History::reorder()
{
    for (int w = 0; w < WarehouseCount; ++w)
        for (int s = 0; s < m_suppliers.size(); ++s) {
            QCborArray lines;
            for (const Product &p : std::as_const(m_products)) {
                if (p.service || p.supplier != s)
                    continue;
                const Decimal available = *free(w, p.id).plus(m_incoming[w].value(p.id));
                if (whole(available) >= (w == Prague ? 12 : 6))
                    continue;
                lines.append(map({{QStringLiteral("product"), p.id},
                                  {QStringLiteral("quantity"), QString::number(between(w == Prague ? 40 : 15, w == Prague ? 90 : 35))},
                                  {QStringLiteral("price"), p.buy.toString()}}));
            }
            if (lines.isEmpty())
                continue;
            const Party &supplier = m_suppliers[s];
            const auto order = post(QStringLiteral("purchase_orders"), s,
                                    map({{QStringLiteral("warehouse"), m_warehouse[w]},
                                         {QStringLiteral("supplier"), supplier.partner},
                                         {QStringLiteral("counterparty"), supplier.counterparty}}),
                                    lines);
            if (!order)
                continue;
            for (const QCborValue &l : std::as_const(lines))
                add(m_incoming[w], l.toMap().value(QStringLiteral("product")).toInteger(),
                    dec(l.toMap().value(QStringLiteral("quantity")).toString()));
            at(m_day.addDays(between(2, 6)), [this, o = *order, w] { receive(o, w); });
        }
}

void History::receive(const QCborMap &order, int w)
{
    QCborArray lines, invoiceLines;
    for (const QCborValue &v : linesOf(order)) {
        const QCborMap l = v.toMap();
        lines.append(map({{QStringLiteral("product"), refId(l.value(QStringLiteral("product")))},
                          {QStringLiteral("quantity"), l.value(QStringLiteral("quantity"))},
                          {QStringLiteral("price"), l.value(QStringLiteral("price"))}}));
        invoiceLines.append(map({{QStringLiteral("product"), refId(l.value(QStringLiteral("product")))},
                                 {QStringLiteral("quantity"), l.value(QStringLiteral("quantity"))},
                                 {QStringLiteral("price"), l.value(QStringLiteral("price"))},
                                 {QStringLiteral("vat_rate"), refId(l.value(QStringLiteral("vat_rate")))}}));
    }
    const qint64 supplierPartner = refId(order.value(QStringLiteral("supplier"))).toInteger();
    int s = 0;
    while (s < m_suppliers.size() - 1 && m_suppliers[s].partner != supplierPartner)
        ++s;
    const QCborMap party = map({{QStringLiteral("supplier"), supplierPartner},
                                {QStringLiteral("counterparty"), m_suppliers[s].counterparty},
                                {QStringLiteral("purchase_order"), idOf(order)}});
    QCborMap receipt = party;
    receipt.insert(QStringLiteral("warehouse"), m_warehouse[w]);
    if (!post(QStringLiteral("goods_receipts"), s, receipt, lines))
        return;
    for (const QCborValue &v : std::as_const(lines)) {
        const qint64 product = v.toMap().value(QStringLiteral("product")).toInteger();
        const Decimal q = dec(v.toMap().value(QStringLiteral("quantity")).toString());
        add(m_onHand[w], product, q);
        add(m_incoming[w], product, q.negated());
    }
    QCborMap invoice = party;
    invoice.insert(QStringLiteral("supplier_number"), QStringLiteral("%1/%2").arg(m_day.year()).arg(between(10000, 99999)));
    const auto created = post(QStringLiteral("supplier_invoices"), s, invoice, invoiceLines);
    if (!created)
        return;
    const QDate due = QDate::fromString(created->value(QStringLiteral("due_date")).toString(), Qt::ISODate);
    at(due.isValid() && due > m_day ? due.addDays(-1) : m_day.addDays(14), [this, c = *created, s] { pay(c, s); });
}

void History::pay(const QCborMap &supplierInvoice, int s)
{
    post(QStringLiteral("outgoing_payments"), s,
         map({{QStringLiteral("supplier"), m_suppliers[s].partner},
              {QStringLiteral("counterparty"), m_suppliers[s].counterparty},
              {QStringLiteral("payment_method"), QStringLiteral("bank")}}),
         {map({{QStringLiteral("supplier_invoice"), idOf(supplierInvoice)},
               {QStringLiteral("amount"), supplierInvoice.value(QStringLiteral("total"))}})});
}

void History::transfer()
{
    QCborArray lines;
    for (const Product &p : std::as_const(m_products)) {
        if (p.service || lines.size() >= 6)
            continue;
        if (whole(free(Prague, p.id)) >= 40 && whole(free(Brno, p.id)) < 10)
            lines.append(map({{QStringLiteral("product"), p.id}, {QStringLiteral("quantity"), QStringLiteral("10")}}));
    }
    if (lines.isEmpty())
        return;
    if (!post(QStringLiteral("stock_transfers"), 1,
              map({{QStringLiteral("warehouse"), m_warehouse[Prague]}, {QStringLiteral("to_warehouse"), m_warehouse[Brno]}}),
              lines))
        return;
    for (const QCborValue &v : std::as_const(lines)) {
        const qint64 product = v.toMap().value(QStringLiteral("product")).toInteger();
        add(m_onHand[Prague], product, Decimal::fromUnits(-10, 0));
        add(m_onHand[Brno], product, Decimal::fromUnits(10, 0));
    }
}

void History::count()
{
    // Most counts agree with the books; now and then one piece is missing or one too many.
    QCborArray lines;
    QList<std::pair<qint64, Decimal>> changes;
    for (const Product &p : std::as_const(m_products)) {
        if (p.service || lines.size() >= 20)
            continue;
        Decimal counted = m_onHand[Prague].value(p.id);
        if (chance(10) && whole(free(Prague, p.id)) >= 2)
            counted = *counted.plus(Decimal::fromUnits(chance(50) ? -1 : 1, 0));
        changes.append({p.id, *counted.minus(m_onHand[Prague].value(p.id))});
        lines.append(map({{QStringLiteral("product"), p.id}, {QStringLiteral("counted"), counted.toString()}}));
    }
    if (!post(QStringLiteral("inventory_counts"), 2, map({{QStringLiteral("warehouse"), m_warehouse[Prague]}}), lines))
        return;
    for (const auto &[product, change] : std::as_const(changes))
        add(m_onHand[Prague], product, change);
}

void History::run()
{
    {
        std::vector<erp::core::ChangeEvent> events;
        const erp::core::UserInfo &admin = m_clerks.front().user;
        erp::core::CatalogStore catalogs(m_db, m_model, admin, &events);
        for (const auto &[id, code, name] : {std::tuple{&m_retail, QStringLiteral("MO"), QStringLiteral("Maloobchodní")},
                                             std::tuple{&m_wholesale, QStringLiteral("VO"), QStringLiteral("Velkoobchodní")}})
            *id = idOf(catalogs.create(map({{QStringLiteral("kind"), QStringLiteral("price_types")},
                                            {QStringLiteral("values"), map({{QStringLiteral("code"), code},
                                                                            {QStringLiteral("name"), name}})}})));
    }
    m_day = workday(m_start);
    setRate();
    setPrices(QStringLiteral("1"), QStringLiteral("0.92"));
    openingStock();
    int year = m_day.year(), rateMonth = m_day.month(), countedHalf = 0;
    QString retail = QStringLiteral("1"), wholesale = QStringLiteral("0.92");
    for (; m_day <= m_today; m_day = m_day.addDays(1), m_minute = 0) {
        while (!m_agenda.empty() && m_agenda.begin()->first <= m_day) {
            auto what = std::move(m_agenda.begin()->second);
            m_agenda.erase(m_agenda.begin());
            what();
        }
        if (m_day.dayOfWeek() > 5)
            continue;
        if (m_day.year() != year) {
            // Prices rise by four per cent each January.
            year = m_day.year();
            retail = (*dec(retail).times(dec(QStringLiteral("1.04")), 4)).toString();
            wholesale = (*dec(wholesale).times(dec(QStringLiteral("1.04")), 4)).toString();
            setPrices(retail, wholesale);
        }
        if (m_day.month() != rateMonth) {
            rateMonth = m_day.month();
            setRate();
        }
        // Stock is counted in the second half of June and of December.
        const int half = m_day.year() * 2 + (m_day.month() > 6 ? 1 : 0);
        if ((m_day.month() == 6 || m_day.month() == 12) && m_day.day() >= 15 && countedHalf != half) {
            countedHalf = half;
            count();
        }
        if (m_day.day() <= 7 && m_day.dayOfWeek() == 1)
            transfer();
        for (int n = between(2, 6); n > 0; --n)
            sell();
        reorder();
    }
}

} // namespace

bool fillDemoHistory(QSqlDatabase &db, const erp::meta::Model &model, const erp::core::AreaRegistry &areas,
                     const QDate &today, int days, HistorySummary *summary, QString *error)
{
    History history(db, model, areas, today, days, summary);
    if (!history.load(error))
        return false;
    history.run();
    CrmDemo crm{db, model, areas, today, days, summary};
    return fillCrmDemo(crm, error);
}

} // namespace erp::demo
