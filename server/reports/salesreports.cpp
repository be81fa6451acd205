#include "salesreports.h"

#include "db/sqlvalue.h"
#include "decimal.h"
#include "core/access.h"
#include "core/postinghelpers.h"
#include "metadata/model.h"
#include "rpc/rpcerror.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QMap>
#include "db/query.h"

#include <tuple>

namespace erp::reports {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

QVariant stamp(const QDateTime &t)
{
    const QDateTime u = t.toUTC();
    return QDateTime(u.date(), u.time());
}

erp::Decimal dec(const QVariant &v)
{
    const QString text = v.toString();
    return erp::core::posting::decimal(text.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(text),
                                       QStringLiteral("amount"));
}

QString money(const erp::Decimal &d)
{
    return erp::core::posting::rescaled(d, 2, QStringLiteral("amount")).toString();
}

erp::Decimal plus(const erp::Decimal &a, const erp::Decimal &b)
{
    return erp::core::posting::plus(a, b, QStringLiteral("amount"));
}

erp::Decimal minus(const erp::Decimal &a, const erp::Decimal &b)
{
    return erp::core::posting::minus(a, b, QStringLiteral("amount"));
}

// "d.STATUS IN ('posted')": the states of a kind's workflow in which it has movements.
QString postedCondition(const erp::meta::Model &model, const QString &kind)
{
    const erp::meta::ObjectKind *k = model.kind(kind);
    const erp::meta::Workflow *w = k ? model.workflowOf(*k) : nullptr;
    QStringList states;
    for (const QString &s : w ? w->postedStates() : QStringList())
        states.append(u'\'' + s + u'\'');
    return states.isEmpty() ? QStringLiteral("FALSE") : QStringLiteral("d.STATUS IN (%1)").arg(states.join(u", "));
}

// " AND <column points at a row the user may see>" for each (kind, column), binds appended.
QString visible(const erp::core::UserInfo &user, const erp::meta::Model &model,
                std::initializer_list<std::pair<QString, QString>> references, QVariantList *binds)
{
    QString sql;
    for (const auto &[kind, column] : references) {
        const erp::core::RowFilter f = erp::core::AccessPolicy::visibleReference(user, model, kind, column);
        if (f.isEmpty())
            continue;
        sql += QStringLiteral(" AND ") + f.sql;
        *binds += f.binds;
    }
    return sql;
}

} // namespace

QCborMap salesByPeriod(QSqlDatabase &db, const erp::core::UserInfo &user, const erp::meta::Model &model,
                       const QDateTime &from, const QDateTime &to, const QString &groupBy)
{
    QString key, label, join;
    if (groupBy == QLatin1String("month")) {
        key = QStringLiteral("EXTRACT(YEAR FROM s.PERIOD) * 100 + EXTRACT(MONTH FROM s.PERIOD)");
        label = key;
    } else if (groupBy == QLatin1String("partner")) {
        key = QStringLiteral("s.PARTNER");
        label = QStringLiteral("p.NAME");
        join = QStringLiteral(" LEFT JOIN CAT_PARTNERS p ON p.ID = s.PARTNER");
    } else if (groupBy == QLatin1String("product")) {
        key = QStringLiteral("s.PRODUCT");
        label = QStringLiteral("p.NAME");
        join = QStringLiteral(" LEFT JOIN CAT_PRODUCTS p ON p.ID = s.PRODUCT");
    } else {
        erp::rpc::fail(erp::protocol::ErrorCode::Validation, Text::tr("groupBy: must be month, partner or product"),
                       QStringLiteral("groupBy"));
    }
    erp::db::Query q(db);
    q.setForwardOnly(true);
    QVariantList binds{stamp(from), stamp(to)};
    const QString access = visible(user, model,
                                   {{QStringLiteral("partners"), QStringLiteral("s.PARTNER")},
                                    {QStringLiteral("products"), QStringLiteral("s.PRODUCT")}},
                                   &binds);
    erp::db::execute(
        q,
        QStringLiteral("SELECT %1, MIN(%2), CAST(SUM(s.QUANTITY) AS VARCHAR(40)), CAST(SUM(s.REVENUE) AS VARCHAR(40)), "
                       "CAST(SUM(s.COST) AS VARCHAR(40)) FROM REG_SALES s%3 WHERE s.PERIOD BETWEEN ? AND ?%4 "
                       "GROUP BY 1 ORDER BY 1")
            .arg(key, label, join, access),
        binds);
    QCborArray rows;
    erp::Decimal revenue, cost;
    while (q.next()) {
        QCborMap row;
        row.insert(QStringLiteral("key"), q.value(0).toLongLong());
        row.insert(QStringLiteral("label"), q.value(1).toString());
        row.insert(QStringLiteral("quantity"), q.value(2).toString());
        const erp::Decimal r = dec(q.value(3)), c = dec(q.value(4));
        row.insert(QStringLiteral("revenue"), money(r));
        row.insert(QStringLiteral("cost"), money(c));
        row.insert(QStringLiteral("margin"), money(minus(r, c)));
        revenue = plus(revenue, r);
        cost = plus(cost, c);
        rows.append(row);
    }
    QCborMap out;
    out.insert(QStringLiteral("rows"), rows);
    out.insert(QStringLiteral("revenue"), money(revenue));
    out.insert(QStringLiteral("cost"), money(cost));
    out.insert(QStringLiteral("margin"), money(minus(revenue, cost)));
    return out;
}

QCborMap vatSummary(QSqlDatabase &db, const erp::core::UserInfo &user, const erp::meta::Model &model,
                    const QDateTime &from, const QDateTime &to, qint64 organization)
{
    {
        erp::db::Query check(db);
        erp::db::execute(check, QStringLiteral("SELECT 1 FROM CAT_ORGANIZATIONS WHERE ID = ?"), {qlonglong(organization)});
        if (!check.next())
            erp::rpc::fail(erp::protocol::ErrorCode::Validation,
                           Text::tr("organization: there is no organization with id %1").arg(organization),
                           QStringLiteral("organization"));
    }
    // Output VAT from sales invoices less customer credit notes, input VAT from supplier
    // invoices less returns to suppliers, by rate; amounts in the documents' currency.
    struct Source
    {
        const char *table;
        const char *side;
        int sign;
    };
    static const Source sources[] = {{"sales_invoices", "output", 1},
                                     {"credit_notes", "output", -1},
                                     {"customer_returns", "output", -1},
                                     {"supplier_invoices", "input", 1},
                                     {"supplier_returns", "input", -1}};
    // A rate's percentage can change within the period (12 % from 2024, 15 % before): one row
    // per side, rate and the percentage the lines were taxed at.
    struct Group
    {
        QString side;
        qint64 rate = 0;
        QString percentage;
        bool operator<(const Group &o) const
        {
            return std::tie(side, rate, percentage) < std::tie(o.side, o.rate, o.percentage);
        }
    };
    struct Sum
    {
        QString code, name;
        erp::Decimal base, vat;
    };
    QMap<Group, Sum> sums;
    erp::db::Query q(db);
    q.setForwardOnly(true);
    for (const Source &source : sources) {
        const erp::meta::ObjectKind &kind = *model.kind(QLatin1String(source.table));
        const erp::core::RowFilter access = erp::core::AccessPolicy::rowFilter(user, kind, QStringLiteral("d"));
        erp::db::execute(
            q,
            QStringLiteral(
                "SELECT l.VAT_RATE, CAST(l.VAT_PERCENT AS VARCHAR(40)), MIN(r.CODE), MIN(r.NAME), "
                "CAST(SUM(l.AMOUNT) AS VARCHAR(40)), CAST(SUM(l.VAT_AMOUNT) AS VARCHAR(40)) "
                "FROM %1 d JOIN %2 l ON l.OWNER_ID = d.ID LEFT JOIN CAT_VAT_RATES r ON r.ID = l.VAT_RATE "
                "WHERE %3 AND d.ORGANIZATION = ? AND d.DOC_DATE BETWEEN ? AND ?%4 GROUP BY l.VAT_RATE, l.VAT_PERCENT")
                .arg(kind.table, kind.section(QStringLiteral("lines"))->table, postedCondition(model, kind.name),
                     access.isEmpty() ? QString() : QStringLiteral(" AND ") + access.sql),
            QVariantList{qlonglong(organization), stamp(from), stamp(to)} + access.binds);
        while (q.next()) {
            Sum &entry = sums[{QLatin1String(source.side), q.value(0).toLongLong(),
                               q.value(1).isNull() ? QString() : q.value(1).toString()}];
            entry.code = q.value(2).toString();
            entry.name = q.value(3).toString();
            erp::Decimal base = dec(q.value(4)), vat = dec(q.value(5));
            if (source.sign < 0) {
                base = base.negated();
                vat = vat.negated();
            }
            entry.base = plus(entry.base, base);
            entry.vat = plus(entry.vat, vat);
        }
    }
    QCborArray rows;
    QHash<QString, std::pair<erp::Decimal, erp::Decimal>> totals;
    for (auto it = sums.constBegin(); it != sums.constEnd(); ++it) {
        QCborMap row;
        row.insert(QStringLiteral("side"), it.key().side);
        row.insert(QStringLiteral("vat_rate"), it.key().rate ? QCborValue(it.key().rate) : QCborValue(QCborValue::Null));
        row.insert(QStringLiteral("code"), it.value().code);
        row.insert(QStringLiteral("name"), it.value().name);
        row.insert(QStringLiteral("percentage"), it.key().percentage.isEmpty() ? QCborValue(QCborValue::Null)
                                                                               : QCborValue(it.key().percentage));
        row.insert(QStringLiteral("base"), money(it.value().base));
        row.insert(QStringLiteral("vat"), money(it.value().vat));
        rows.append(row);
        auto &t = totals[it.key().side];
        t.first = plus(t.first, it.value().base);
        t.second = plus(t.second, it.value().vat);
    }
    QCborMap out;
    out.insert(QStringLiteral("organization"), organization);
    out.insert(QStringLiteral("rows"), rows);
    out.insert(QStringLiteral("base"), money(totals.value(QStringLiteral("output")).first));
    out.insert(QStringLiteral("vat"), money(totals.value(QStringLiteral("output")).second));
    out.insert(QStringLiteral("inputBase"), money(totals.value(QStringLiteral("input")).first));
    out.insert(QStringLiteral("inputVat"), money(totals.value(QStringLiteral("input")).second));
    out.insert(QStringLiteral("payable"), money(minus(totals.value(QStringLiteral("output")).second,
                                                      totals.value(QStringLiteral("input")).second)));
    return out;
}

QCborMap receivablesAging(QSqlDatabase &db, const erp::core::UserInfo &user, const erp::meta::Model &model,
                          const QDateTime &at)
{
    // Open amount per invoice at the moment: totals of the earlier months plus this month's movements.
    const QDate month(at.toUTC().date().year(), at.toUTC().date().month(), 1);
    erp::db::Query q(db);
    q.setForwardOnly(true);
    QVariantList binds{month, QDateTime(month, QTime(0, 0)), stamp(at)};
    const QString access = visible(user, model,
                                   {{QStringLiteral("counterparties"), QStringLiteral("x.COUNTERPARTY")},
                                    {QStringLiteral("sales_invoices"), QStringLiteral("x.INVOICE")}},
                                   &binds);
    erp::db::execute(
        q,
        QStringLiteral(
            "SELECT x.COUNTERPARTY, MIN(c.NAME), x.INVOICE, MIN(COALESCE(i.DUE_DATE, CAST(i.DOC_DATE AS DATE))), "
            "CAST(SUM(x.AMOUNT) AS VARCHAR(40)) FROM ("
            "SELECT t.COUNTERPARTY, t.INVOICE, t.AMOUNT FROM REG_SETTLEMENTS_TOTALS t WHERE t.PERIOD < ? "
            "UNION ALL SELECT m.COUNTERPARTY, m.INVOICE, m.AMOUNT * m.DIRECTION FROM REG_SETTLEMENTS m "
            "WHERE m.PERIOD >= ? AND m.PERIOD <= ?) x "
            "JOIN DOC_SALES_INVOICES i ON i.ID = x.INVOICE LEFT JOIN CAT_COUNTERPARTIES c ON c.ID = x.COUNTERPARTY "
            "WHERE TRUE%1 GROUP BY x.COUNTERPARTY, x.INVOICE HAVING SUM(x.AMOUNT) <> 0 ORDER BY 2")
            .arg(access),
        binds);
    static const QStringList buckets{QStringLiteral("not_due"), QStringLiteral("d1_30"), QStringLiteral("d31_60"),
                                     QStringLiteral("d61_90"), QStringLiteral("over_90")};
    QHash<qint64, QCborMap> byCounterparty;
    QList<qint64> order;
    QHash<QString, erp::Decimal> totals;
    while (q.next()) {
        const qint64 counterparty = q.value(0).toLongLong();
        const int overdue = int(q.value(3).toDate().daysTo(at.toUTC().date()));
        const erp::Decimal amount = dec(q.value(4));
        // What we owe the customer (a credit note on a paid invoice) is not overdue receivable.
        const QString bucket = amount.isNegative() ? QStringLiteral("credit")
                               : overdue <= 0      ? buckets[0]
                               : overdue <= 30 ? buckets[1]
                               : overdue <= 60 ? buckets[2]
                               : overdue <= 90 ? buckets[3]
                                               : buckets[4];
        if (!byCounterparty.contains(counterparty)) {
            order.append(counterparty);
            QCborMap row;
            row.insert(QStringLiteral("counterparty"), counterparty);
            row.insert(QStringLiteral("name"), q.value(1).toString());
            byCounterparty.insert(counterparty, row);
        }
        QCborMap &row = byCounterparty[counterparty];
        for (const QString &key : {bucket, QStringLiteral("total")}) {
            const erp::Decimal sum = plus(dec(row.value(key).toString()), amount);
            row.insert(key, money(sum));
            totals[key] = plus(totals[key], amount);
        }
    }
    QCborArray rows;
    for (qint64 c : std::as_const(order))
        rows.append(byCounterparty.value(c));
    QCborMap total;
    for (auto it = totals.constBegin(); it != totals.constEnd(); ++it)
        total.insert(it.key(), money(it.value()));
    QCborMap out;
    out.insert(QStringLiteral("rows"), rows);
    out.insert(QStringLiteral("totals"), total);
    return out;
}

QCborMap paymentDynamics(QSqlDatabase &db, const erp::core::UserInfo &user, const erp::meta::Model &model,
                         const QDateTime &from, const QDateTime &to)
{
    QVariantList accessBinds;
    const QString access = visible(user, model,
                                   {{QStringLiteral("counterparties"), QStringLiteral("m.COUNTERPARTY")},
                                    {QStringLiteral("sales_invoices"), QStringLiteral("m.INVOICE")}},
                                   &accessBinds);
    erp::db::Query q(db);
    q.setForwardOnly(true);
    // What was open before the period starts, then the period's movements month by month.
    erp::db::execute(q,
                     QStringLiteral("SELECT CAST(COALESCE(SUM(m.AMOUNT * m.DIRECTION), 0) AS VARCHAR(40)) FROM "
                                    "REG_SETTLEMENTS m WHERE m.PERIOD < ?%1")
                         .arg(access),
                     QVariantList{stamp(from)} + accessBinds);
    q.next();
    erp::Decimal open = dec(q.value(0));
    erp::db::execute(
        q,
        QStringLiteral("SELECT EXTRACT(YEAR FROM m.PERIOD) * 100 + EXTRACT(MONTH FROM m.PERIOD), m.RECORDER_KIND, "
                       "CAST(SUM(m.AMOUNT * m.DIRECTION) AS VARCHAR(40)) FROM REG_SETTLEMENTS m "
                       "WHERE m.PERIOD BETWEEN ? AND ?%1 GROUP BY 1, 2 ORDER BY 1, 2")
            .arg(access),
        QVariantList{stamp(from), stamp(to)} + accessBinds);
    QCborArray rows;
    QCborMap row;
    qint64 month = 0;
    erp::Decimal invoiced, paid, credited, refunded;
    auto flush = [&] {
        if (month == 0)
            return;
        open = plus(minus(minus(plus(open, invoiced), paid), credited), refunded);
        row.insert(QStringLiteral("month"), month);
        row.insert(QStringLiteral("invoiced"), money(invoiced));
        row.insert(QStringLiteral("paid"), money(paid));
        row.insert(QStringLiteral("credited"), money(credited));
        row.insert(QStringLiteral("refunded"), money(refunded));
        row.insert(QStringLiteral("open"), money(open));
        rows.append(row);
        row = QCborMap();
        invoiced = paid = credited = refunded = erp::Decimal();
    };
    while (q.next()) {
        if (q.value(0).toLongLong() != month) {
            flush();
            month = q.value(0).toLongLong();
        }
        const QString kind = q.value(1).toString();
        const erp::Decimal amount = dec(q.value(2));
        if (kind == QLatin1String("incoming_payments"))
            paid = plus(paid, amount.negated());
        else if (kind == QLatin1String("customer_returns") || kind == QLatin1String("credit_notes"))
            credited = plus(credited, amount.negated());
        else if (kind == QLatin1String("customer_refunds"))
            refunded = plus(refunded, amount);
        else
            invoiced = plus(invoiced, amount);
    }
    flush();
    QCborMap out;
    out.insert(QStringLiteral("rows"), rows);
    return out;
}

} // namespace erp::reports
