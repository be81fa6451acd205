#include "basedon.h"

#include "core/catalogstore.h"
#include "core/postinghelpers.h"
#include "core/registers.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"
#include "rpc/rpcerror.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QSqlQuery>

namespace erp::sales {

using erp::core::posting::decimal;
using erp::core::posting::map;
using erp::protocol::ErrorCode;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Documents)
};

QCborMap copyHeader(const QCborMap &source, const QStringList &fields)
{
    QCborMap values;
    for (const QString &f : fields)
        if (source.contains(f) && !source.value(f).isNull())
            values.insert(f, source.value(f));
    return values;
}

QCborArray sourceLines(const QCborMap &source)
{
    return source.value(QStringLiteral("sections")).toMap().value(QStringLiteral("lines")).toArray();
}

// Only the fields the target document has (a shipment has no currency, an order has one).
QCborMap onlyFieldsOf(const erp::meta::ObjectKind &target, const QCborMap &values)
{
    QCborMap out;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        if (target.field(it.key().toString()))
            out.insert(it.key(), it.value());
    return out;
}

QCborMap withLines(const QCborMap &values, const QCborArray &lines)
{
    QCborMap out;
    out.insert(QStringLiteral("values"), values);
    out.insert(QStringLiteral("sections"), map({{QStringLiteral("lines"), lines}}));
    return out;
}

// A line of the source for the target's lines: the fields both have, with a new quantity.
QCborMap commercialLine(const QCborMap &line, const QString &quantity, const erp::meta::TabularSection &target)
{
    QCborMap out;
    for (const QString &f : {QStringLiteral("product"), QStringLiteral("price"), QStringLiteral("vat_rate")})
        if (line.contains(f) && target.field(f))
            out.insert(f, line.value(f));
    if (line.contains(QStringLiteral("display")))
        out.insert(QStringLiteral("display"), line.value(QStringLiteral("display")));
    out.insert(QStringLiteral("quantity"), quantity);
    return out;
}

} // namespace

QCborMap basedOn(QSqlDatabase &db, const erp::meta::Model &model, const erp::core::UserInfo &user, const QString &targetKind,
                 const QString &sourceKind, qint64 sourceId)
{
    std::vector<erp::core::ChangeEvent> none;
    erp::core::CatalogStore documents(db, model, user, &none, true);
    QCborMap read;
    read.insert(QStringLiteral("kind"), sourceKind);
    read.insert(QStringLiteral("id"), sourceId);
    const QCborMap source = documents.read(read);
    erp::core::RegisterWriter registers(db, model);
    const erp::meta::ObjectKind *target = model.kind(targetKind);
    if (!target || !target->isDocument() || !target->section(QStringLiteral("lines")))
        erp::rpc::fail(ErrorCode::Validation, Text::tr("kind: unknown document \"%1\"").arg(targetKind), QStringLiteral("kind"));
    const erp::meta::TabularSection &targetLines = *target->section(QStringLiteral("lines"));
    const QStringList party{QStringLiteral("organization"), QStringLiteral("partner"), QStringLiteral("counterparty"),
                            QStringLiteral("currency")};

    if (sourceKind == QLatin1String("sales_orders") && targetKind == QLatin1String("shipments")) {
        QCborMap values = copyHeader(source, party + QStringList{QStringLiteral("warehouse")});
        values.insert(QStringLiteral("sales_order"), sourceId);
        QCborArray lines;
        for (const QCborValue &v : sourceLines(source)) {
            const QCborMap line = v.toMap();
            const erp::Decimal open = registers.balance(*model.findRegister(QStringLiteral("orders_to_ship")),
                                                        map({{QStringLiteral("sales_order"), sourceId},
                                                             {QStringLiteral("product"), line.value(QStringLiteral("product"))}}))
                                          .value(QStringLiteral("quantity"));
            const erp::Decimal wanted = decimal(line.value(QStringLiteral("quantity")));
            if (wanted.isNegative()) {
                lines.append(commercialLine(line, wanted.toString(), targetLines)); // a return: taken in
                continue;
            }
            const erp::Decimal quantity = wanted < open ? wanted : open;
            if (!quantity.isZero() && !quantity.isNegative())
                lines.append(commercialLine(line, quantity.toString(), targetLines));
        }
        return withLines(onlyFieldsOf(*target, values), lines);
    }
    if ((sourceKind == QLatin1String("sales_orders") || sourceKind == QLatin1String("shipments"))
        && targetKind == QLatin1String("sales_invoices")) {
        // The order says when it is invoiced: from the order itself, or from each shipment.
        QString policy = source.value(QStringLiteral("invoicing")).toString();
        const QCborValue orderId = source.value(QStringLiteral("sales_order"));
        if (sourceKind == QLatin1String("shipments") && orderId.isInteger()) {
            QCborMap orderRead;
            orderRead.insert(QStringLiteral("kind"), QStringLiteral("sales_orders"));
            orderRead.insert(QStringLiteral("id"), orderId);
            policy = documents.read(orderRead).value(QStringLiteral("invoicing")).toString();
        }
        if (sourceKind == QLatin1String("sales_orders") && policy != QLatin1String("on_order"))
            erp::rpc::fail(ErrorCode::Validation, Text::tr("this order is invoiced on shipment: invoice its shipments"),
                           QStringLiteral("from"));
        if (sourceKind == QLatin1String("shipments") && policy == QLatin1String("on_order"))
            erp::rpc::fail(ErrorCode::Validation, Text::tr("the order of this shipment is invoiced on order: invoice the order"),
                           QStringLiteral("from"));
        QCborMap values = copyHeader(source, party);
        values.insert(QStringLiteral("sales_order"),
                      sourceKind == QLatin1String("sales_orders") ? QCborValue(sourceId) : source.value(QStringLiteral("sales_order")));
        QCborArray lines;
        for (const QCborValue &v : sourceLines(source))
            lines.append(commercialLine(v.toMap(), v.toMap().value(QStringLiteral("quantity")).toString(), targetLines));
        return withLines(onlyFieldsOf(*target, values), lines);
    }
    if (sourceKind == QLatin1String("sales_invoices") && targetKind == QLatin1String("incoming_payments")) {
        const QCborMap values = copyHeader(source, party);
        const erp::Decimal open = registers.balance(*model.findRegister(QStringLiteral("settlements")),
                                                    map({{QStringLiteral("organization"), source.value(QStringLiteral("organization"))},
                                                         {QStringLiteral("counterparty"), source.value(QStringLiteral("counterparty"))},
                                                         {QStringLiteral("invoice"), sourceId}}))
                                      .value(QStringLiteral("amount"));
        QCborArray lines;
        if (!open.isZero() && !open.isNegative())
            lines.append(map({{QStringLiteral("invoice"), sourceId}, {QStringLiteral("amount"), open.rescaled(2)->toString()}}));
        return withLines(onlyFieldsOf(*target, values), lines);
    }
    const QStringList supplierParty{QStringLiteral("organization"), QStringLiteral("supplier"), QStringLiteral("counterparty"),
                                    QStringLiteral("currency")};
    if (sourceKind == QLatin1String("purchase_orders") && targetKind == QLatin1String("goods_receipts")) {
        QCborMap values = copyHeader(source, supplierParty + QStringList{QStringLiteral("warehouse")});
        values.insert(QStringLiteral("purchase_order"), sourceId);
        QCborArray lines;
        for (const QCborValue &v : sourceLines(source)) {
            const QCborMap line = v.toMap();
            const erp::Decimal open = registers.balance(*model.findRegister(QStringLiteral("orders_to_receive")),
                                                        map({{QStringLiteral("purchase_order"), sourceId},
                                                             {QStringLiteral("product"), line.value(QStringLiteral("product"))}}))
                                          .value(QStringLiteral("quantity"));
            const erp::Decimal wanted = decimal(line.value(QStringLiteral("quantity")));
            const erp::Decimal quantity = wanted < open ? wanted : open;
            if (!quantity.isZero() && !quantity.isNegative())
                lines.append(commercialLine(line, quantity.toString(), targetLines));
        }
        return withLines(onlyFieldsOf(*target, values), lines);
    }
    if ((sourceKind == QLatin1String("purchase_orders") || sourceKind == QLatin1String("goods_receipts"))
        && targetKind == QLatin1String("supplier_invoices")) {
        QCborMap values = copyHeader(source, supplierParty);
        values.insert(QStringLiteral("purchase_order"), sourceKind == QLatin1String("purchase_orders")
                                                            ? QCborValue(sourceId)
                                                            : source.value(QStringLiteral("purchase_order")));
        QCborArray lines;
        for (const QCborValue &v : sourceLines(source))
            lines.append(commercialLine(v.toMap(), v.toMap().value(QStringLiteral("quantity")).toString(), targetLines));
        return withLines(onlyFieldsOf(*target, values), lines);
    }
    if (sourceKind == QLatin1String("supplier_invoices") && targetKind == QLatin1String("outgoing_payments")) {
        const QCborMap values = copyHeader(source, supplierParty);
        const erp::Decimal open = registers.balance(*model.findRegister(QStringLiteral("payables")),
                                                    map({{QStringLiteral("organization"), source.value(QStringLiteral("organization"))},
                                                         {QStringLiteral("counterparty"), source.value(QStringLiteral("counterparty"))},
                                                         {QStringLiteral("supplier_invoice"), sourceId}}))
                                      .value(QStringLiteral("amount"));
        QCborArray lines;
        if (!open.isZero() && !open.isNegative())
            lines.append(map({{QStringLiteral("supplier_invoice"), sourceId}, {QStringLiteral("amount"), open.rescaled(2)->toString()}}));
        return withLines(onlyFieldsOf(*target, values), lines);
    }
    erp::rpc::fail(ErrorCode::Validation, Text::tr("kind: a %1 cannot be created from a %2").arg(targetKind, sourceKind),
                   QStringLiteral("kind"));
}

QCborMap related(QSqlDatabase &db, const erp::meta::Model &model, const QString &kind, qint64 id)
{
    QCborArray found;
    auto add = [&](const erp::meta::ObjectKind &k, const QString &condition, qint64 value) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        erp::db::execute(q, QStringLiteral("SELECT ID, NUMBER, DOC_DATE, STATUS FROM %1 WHERE %2 ORDER BY DOC_DATE, ID")
                                .arg(erp::db::quoteIdentifier(k.table), condition),
                         {qlonglong(value)});
        while (q.next()) {
            QCborMap doc;
            doc.insert(QStringLiteral("kind"), k.name);
            doc.insert(QStringLiteral("id"), qint64(q.value(0).toLongLong()));
            doc.insert(QStringLiteral("number"), q.value(1).toString());
            doc.insert(QStringLiteral("date"), erp::db::timestampToCbor(q.value(2)));
            doc.insert(QStringLiteral("status"), q.value(3).toString());
            if (!found.contains(doc))
                found.append(doc);
        }
    };
    const erp::meta::ObjectKind *self = model.kind(kind);
    // Backwards: documents whose header or lines refer to this one.
    for (const erp::meta::ObjectKind &k : model.kinds()) {
        if (!k.isDocument())
            continue;
        for (const erp::meta::Field &f : k.fields)
            if (f.type == erp::meta::FieldType::Ref && f.target == kind)
                add(k, erp::db::quoteIdentifier(f.column()) + QStringLiteral(" = ?"), id);
        for (const erp::meta::TabularSection &s : k.sections)
            for (const erp::meta::Field &f : s.fields)
                if (f.type == erp::meta::FieldType::Ref && f.target == kind)
                    add(k, QStringLiteral("ID IN (SELECT OWNER_ID FROM %1 WHERE %2 = ?)")
                               .arg(erp::db::quoteIdentifier(s.table), erp::db::quoteIdentifier(f.column())),
                        id);
    }
    // Forwards: documents this one refers to.
    if (self) {
        for (const erp::meta::Field &f : self->fields) {
            const erp::meta::ObjectKind *target = f.type == erp::meta::FieldType::Ref ? model.kind(f.target) : nullptr;
            if (target && target->isDocument())
                add(*target, QStringLiteral("ID = (SELECT %1 FROM %2 WHERE ID = ?)")
                                 .arg(erp::db::quoteIdentifier(f.column()), erp::db::quoteIdentifier(self->table)),
                    id);
        }
        for (const erp::meta::TabularSection &s : self->sections)
            for (const erp::meta::Field &f : s.fields) {
                const erp::meta::ObjectKind *target = f.type == erp::meta::FieldType::Ref ? model.kind(f.target) : nullptr;
                if (target && target->isDocument())
                    add(*target, QStringLiteral("ID IN (SELECT %1 FROM %2 WHERE OWNER_ID = ?)")
                                     .arg(erp::db::quoteIdentifier(f.column()), erp::db::quoteIdentifier(s.table)),
                        id);
            }
    }
    QCborMap out;
    out.insert(QStringLiteral("documents"), found);
    return out;
}

} // namespace erp::sales
