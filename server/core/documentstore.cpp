#include "documentstore.h"

#include "access.h"
#include "catalogsql.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"
#include "objectwriter.h"
#include "posting.h"
#include "registers.h"
#include "rpc/rpcerror.h"
#include "sales/vat.h"
#include "user.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace erp::core {

using erp::db::execute;
using erp::db::quoteIdentifier;
using erp::meta::Field;
using erp::meta::ObjectKind;
using erp::protocol::ErrorCode;
using erp::rpc::fail;
namespace sys = erp::meta::system;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Documents)
};

const QString Draft = QStringLiteral("draft");
const QString Posted = QStringLiteral("posted");

qint64 requiredId(const QCborMap &params)
{
    const QCborValue id = params.value(sys::Id);
    if (!id.isInteger() || id.toInteger() <= 0)
        fail(ErrorCode::BadRequest, Text::tr("id: the document id (a positive integer) is required"), sys::Id);
    return id.toInteger();
}

int requiredVersion(const QCborMap &params)
{
    const QCborValue v = params.value(sys::Version);
    if (!v.isInteger() || v.toInteger() <= 0)
        fail(ErrorCode::BadRequest, Text::tr("version: the version read with the document is required"), sys::Version);
    return int(v.toInteger());
}

// Header values a client may write: the date and the declared fields.
QList<Assignment> headerAssignments(Validator &validator, const ObjectKind &kind, const QCborMap &values)
{
    QList<Assignment> out;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString name = it.key().toString();
        std::optional<Field> field;
        if (name == sys::Date)
            field = systemField(kind, name);
        else if (const Field *f = kind.field(name); f && !f->internal)
            field = *f;
        if (!field) {
            const bool serverOwned = systemField(kind, name).has_value();
            fail(ErrorCode::Validation,
                 serverOwned ? Text::tr("%1: is set by the server and cannot be written").arg(name)
                             : Text::tr("%1: unknown field of %2").arg(name, kind.name),
                 name);
        }
        out.append({*field, validator.normalize(*field, it.value(), name)});
    }
    return out;
}

} // namespace

DocumentStore::DocumentStore(QSqlDatabase &db, const erp::meta::Model &model, const UserInfo &user,
                             std::vector<ChangeEvent> *events)
    : m_db(db), m_model(model), m_user(user), m_events(events), m_reader(db, model, user, events, true)
{
}

// Numbers come from ERP_NUMBERS in an autonomous transaction: the series row is locked for a
// moment only, not for the whole save and posting, so concurrent documents of one series do
// not conflict. Numbers are unique and increasing; a save that fails afterwards leaves a gap
// (Czech VAT law asks for unique numbers, not for numbers without gaps).
QString DocumentStore::nextNumber(const ObjectKind &kind, qint64 organization, int year)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    execute(q, QStringLiteral(
                   "EXECUTE BLOCK (K VARCHAR(40) CHARACTER SET UTF8 = ?, O BIGINT = ?, Y SMALLINT = ?) RETURNS (N INTEGER) AS "
                   "DECLARE TRIES INTEGER = 0; "
                   "BEGIN "
                   "  WHILE (N IS NULL AND TRIES < 200) DO "
                   "  BEGIN "
                   "    TRIES = TRIES + 1; "
                   "    BEGIN "
                   "      IN AUTONOMOUS TRANSACTION DO "
                   "      BEGIN "
                   "        UPDATE ERP_NUMBERS SET LAST_NUMBER = LAST_NUMBER + 1 "
                   "          WHERE DOC_KIND = :K AND ORGANIZATION_ID = :O AND DOC_YEAR = :Y RETURNING LAST_NUMBER INTO :N; "
                   "        IF (ROW_COUNT = 0) THEN "
                   "        BEGIN "
                   "          INSERT INTO ERP_NUMBERS (DOC_KIND, ORGANIZATION_ID, DOC_YEAR, LAST_NUMBER) VALUES (:K, :O, :Y, 1); "
                   "          N = 1; "
                   "        END "
                   "      END "
                   "      WHEN ANY DO N = NULL; "
                   "    END "
                   "  END "
                   "  SUSPEND; "
                   "END"),
            {kind.name, qlonglong(organization), year});
    if (!q.next() || q.value(0).isNull())
        throw erp::rpc::TransientDbError{QStringLiteral("no number could be taken from the series %1").arg(kind.name)};
    const QString prefix = kind.numberPrefix.isEmpty() ? kind.name.left(3).toUpper() : kind.numberPrefix;
    return QStringLiteral("%1-%2-%3").arg(prefix).arg(year).arg(q.value(0).toLongLong(), 6, 10, QChar(u'0'));
}

QCborMap DocumentStore::create(const QCborMap &params)
{
    const ObjectKind &kind = m_reader.kindFor(params, true);
    Validator validator(m_db, m_model);
    const QCborValue valuesParam = params.value(QStringLiteral("values"));
    if (!valuesParam.isMap())
        fail(ErrorCode::BadRequest, Text::tr("values: a map of field values is required"), QStringLiteral("values"));
    QList<Assignment> assignments = headerAssignments(validator, kind, valuesParam.toMap());
    QDateTime date = QDateTime::currentDateTimeUtc();
    qint64 organization = 0;
    for (const Assignment &a : std::as_const(assignments))
        if (a.field.name == sys::Date && !a.value.isNull())
            date = QDateTime::fromString(a.value.toString(), Qt::ISODateWithMs).toUTC();
    assignments.removeIf([](const Assignment &a) { return a.field.name == sys::Date; });
    for (const Field &f : kind.fields) {
        if (f.internal || std::any_of(assignments.cbegin(), assignments.cend(), [&](const Assignment &a) { return a.field.name == f.name; }))
            continue;
        assignments.append({f, validator.normalize(f, f.defaultValue, f.name)});
    }
    for (const Assignment &a : std::as_const(assignments))
        if (a.field.name == QLatin1String("organization") && !a.value.isNull())
            organization = a.value.toInteger();

    QSqlQuery q(m_db);
    execute(q, QStringLiteral("SELECT NEXT VALUE FOR %1 FROM RDB$DATABASE").arg(erp::db::ObjectIdSequence));
    q.next();
    const qint64 id = q.value(0).toLongLong();
    const QVariant now = nowUtc();
    const QDateTime utc = date.toUTC();
    QStringList columns{QStringLiteral("ID"), QStringLiteral("ROW_VERSION"), QStringLiteral("NUMBER"), QStringLiteral("DOC_DATE"),
                        QStringLiteral("STATUS"), QStringLiteral("CREATED_AT"), QStringLiteral("UPDATED_AT")};
    QStringList marks{QStringLiteral("?"), QStringLiteral("1"), QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("'draft'"),
                      QStringLiteral("?"), QStringLiteral("?")};
    // The number is taken last (below): the series row stays locked for as short a time as possible.
    QVariantList binds{qlonglong(id), QString(), QDateTime(utc.date(), utc.time()), now, now};
    for (const Assignment &a : std::as_const(assignments)) {
        columns.append(quoteIdentifier(a.field.column()));
        marks.append(erp::db::placeholder(a.field));
        binds.append(erp::db::toSqlValue(a.field, a.value));
    }
    execute(q, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(quoteIdentifier(kind.table), columns.join(u", "), marks.join(u", ")),
            binds);
    const QCborValue sections = params.value(QStringLiteral("sections"));
    if (sections.isMap())
        writeSections(m_db, validator, kind, id, sections.toMap(), false);
    recalculate(kind, id);
    int version = 1;
    if (params.value(QStringLiteral("post")).toBool(false)) {
        writePosting(kind, id);
        setStatus(kind, id, Posted, false);
        version = 2;
    }
    execute(q, QStringLiteral("UPDATE %1 SET NUMBER = ? WHERE ID = ?").arg(quoteIdentifier(kind.table)),
            {nextNumber(kind, organization, utc.date().year()), qlonglong(id)});
    m_events->push_back({kind.name, id, version, QStringLiteral("created")});
    return m_reader.readObject(kind, id);
}

DocumentStore::Current DocumentStore::lock(const ObjectKind &kind, qint64 id, int expectedVersion)
{
    QSqlQuery q(m_db);
    execute(q, QStringLiteral("SELECT ROW_VERSION, STATUS, DELETED FROM %1 WHERE ID = ?").arg(quoteIdentifier(kind.table)),
            {qlonglong(id)});
    if (!q.next())
        fail(ErrorCode::NotFound, Text::tr("there is no %1 document with id %2").arg(kind.name).arg(id), sys::Id);
    const Current current{q.value(0).toInt(), q.value(1).toString(), q.value(2).toBool()};
    if (current.version != expectedVersion)
        fail(ErrorCode::Conflict,
             Text::tr("the document was changed by someone else (you edited version %1, the current one is %2); "
                      "reload it and apply your changes again")
                 .arg(expectedVersion)
                 .arg(current.version),
             sys::Version);
    // Take the row now: the version check and the change below then cannot be split by another writer.
    execute(q, QStringLiteral("UPDATE %1 SET ROW_VERSION = ROW_VERSION + 1, UPDATED_AT = ? WHERE ID = ? AND ROW_VERSION = ?")
                   .arg(quoteIdentifier(kind.table)),
            {nowUtc(), qlonglong(id), expectedVersion});
    if (q.numRowsAffected() != 1)
        fail(ErrorCode::Conflict, Text::tr("the document was changed by someone else; reload it"), sys::Version);
    return current;
}

// Commercial arithmetic, the same for every document with "lines": a line's amount is quantity
// times price (when a price is given), its VAT is rounded per line, and the header carries the
// totals without VAT, the VAT and the total.
void DocumentStore::recalculate(const ObjectKind &kind, qint64 id)
{
    const erp::meta::TabularSection *lines = kind.section(QStringLiteral("lines"));
    if (!lines || !lines->field(QStringLiteral("amount")))
        return;
    const bool priced = lines->field(QStringLiteral("quantity")) && lines->field(QStringLiteral("price"));
    const bool taxed = lines->field(QStringLiteral("vat_rate")) && lines->field(QStringLiteral("vat_amount"));
    const QString table = quoteIdentifier(lines->table);
    QSqlQuery q(m_db);
    if (priced && kind.field(QStringLiteral("price_type"))) {
        // Lines without a price take the document's price type's price at the document's date.
        execute(q, QStringLiteral("SELECT PRICE_TYPE, DOC_DATE FROM %1 WHERE ID = ?").arg(quoteIdentifier(kind.table)), {qlonglong(id)});
        q.next();
        const QVariant priceType = q.value(0);
        const QDateTime date(q.value(1).toDateTime().date(), q.value(1).toDateTime().time(), Qt::UTC);
        const erp::meta::Register *prices = m_model.findRegister(QStringLiteral("prices"));
        if (!priceType.isNull() && prices) {
            RegisterWriter registers(m_db, m_model);
            QCborMap where;
            where.insert(QStringLiteral("price_type"), priceType.toLongLong());
            QHash<qint64, QString> priceOf;
            for (const QCborMap &row : registers.slice(*prices, date, where))
                priceOf.insert(row.value(QStringLiteral("product")).toInteger(), row.value(QStringLiteral("price")).toString());
            execute(q, QStringLiteral("SELECT LINE_NO, PRODUCT FROM %1 WHERE OWNER_ID = ? AND PRICE IS NULL").arg(table), {qlonglong(id)});
            QList<std::pair<int, qint64>> missing;
            while (q.next())
                missing.append({q.value(0).toInt(), q.value(1).toLongLong()});
            for (const auto &[line, product] : missing)
                if (priceOf.contains(product))
                    execute(q, QStringLiteral("UPDATE %1 SET PRICE = CAST(? AS VARCHAR(40)) WHERE OWNER_ID = ? AND LINE_NO = ?").arg(table),
                            {priceOf.value(product), qlonglong(id), line});
        }
    }
    q.setForwardOnly(true);
    execute(q, QStringLiteral("SELECT LINE_NO, %1, %2, CAST(AMOUNT AS VARCHAR(40)), %3 FROM %4 WHERE OWNER_ID = ? ORDER BY LINE_NO")
                   .arg(priced ? QStringLiteral("CAST(QUANTITY AS VARCHAR(40))") : QStringLiteral("NULL"),
                        priced ? QStringLiteral("CAST(PRICE AS VARCHAR(40))") : QStringLiteral("NULL"),
                        taxed ? QStringLiteral("VAT_RATE") : QStringLiteral("NULL"), table),
            {qlonglong(id)});
    struct Line
    {
        int number;
        erp::Decimal amount;
        erp::Decimal vat;
    };
    QList<Line> computed;
    QHash<int, QString> rateOf;
    erp::Decimal net, vat;
    while (q.next()) {
        Line line{q.value(0).toInt(), erp::Decimal::parse(q.value(3).toString()).value_or(erp::Decimal()), {}};
        if (priced && !q.value(2).isNull()) {
            const auto quantity = erp::Decimal::parse(q.value(1).toString());
            const auto price = erp::Decimal::parse(q.value(2).toString());
            const auto amount = quantity && price ? quantity->times(*price, 2) : std::nullopt;
            if (!amount)
                fail(ErrorCode::Validation, Text::tr("lines[%1].amount: quantity times price is out of range").arg(line.number),
                     QStringLiteral("lines[%1].amount").arg(line.number));
            line.amount = *amount;
        }
        if (taxed) {
            line.vat = line.amount.times(erp::sales::vatRate(q.value(4).toString()), 2).value_or(erp::Decimal());
            rateOf.insert(line.number, q.value(4).toString());
        }
        net = net.plus(line.amount).value_or(net);
        vat = vat.plus(line.vat).value_or(vat);
        computed.append(line);
    }
    if (taxed && perDocumentVat(kind, id)) {
        // VAT from the base of each rate, rounded once per rate (the organization's choice).
        QHash<QString, erp::Decimal> base;
        QList<QString> rates;
        for (qsizetype i = 0; i < computed.size(); ++i) {
            const QString rate = rateOf.value(computed[i].number);
            if (!base.contains(rate))
                rates.append(rate);
            base[rate] = base[rate].plus(computed[i].amount).value_or(base[rate]);
        }
        vat = erp::Decimal();
        for (const QString &rate : std::as_const(rates))
            vat = vat.plus(base.value(rate).times(erp::sales::vatRate(rate), 2).value_or(erp::Decimal())).value_or(vat);
    }
    for (const Line &line : std::as_const(computed))
        execute(q, QStringLiteral("UPDATE %1 SET AMOUNT = CAST(? AS VARCHAR(40))%2 WHERE OWNER_ID = ? AND LINE_NO = ?")
                       .arg(table, taxed ? QStringLiteral(", VAT_AMOUNT = CAST(? AS VARCHAR(40))") : QString()),
                taxed ? QVariantList{line.amount.toString(), line.vat.toString(), qlonglong(id), line.number}
                      : QVariantList{line.amount.toString(), qlonglong(id), line.number});
    QStringList sets;
    QVariantList binds;
    const erp::Decimal total = net.plus(vat).value_or(net);
    for (const auto &[field, value] : {std::pair{QStringLiteral("total_net"), net}, std::pair{QStringLiteral("total_vat"), vat},
                                       std::pair{QStringLiteral("total"), total}}) {
        if (!kind.field(field))
            continue;
        sets.append(QStringLiteral("%1 = CAST(? AS VARCHAR(40))").arg(quoteIdentifier(field.toUpper())));
        binds.append(value.toString());
    }
    if (sets.isEmpty())
        return;
    binds.append(qlonglong(id));
    execute(q, QStringLiteral("UPDATE %1 SET %2 WHERE ID = ?").arg(quoteIdentifier(kind.table), sets.join(u", ")), binds);
}

bool DocumentStore::perDocumentVat(const ObjectKind &kind, qint64 id)
{
    if (!kind.field(QStringLiteral("organization")))
        return false;
    QSqlQuery q(m_db);
    execute(q, QStringLiteral("SELECT o.VAT_ROUNDING FROM %1 d JOIN CAT_ORGANIZATIONS o ON o.ID = d.ORGANIZATION WHERE d.ID = ?")
                   .arg(quoteIdentifier(kind.table)),
            {qlonglong(id)});
    return q.next() && q.value(0).toString() == QLatin1String("per_document");
}

void DocumentStore::setStatus(const ObjectKind &kind, qint64 id, const QString &status, bool deleted)
{
    QSqlQuery q(m_db);
    execute(q, QStringLiteral("UPDATE %1 SET STATUS = ?, DELETED = ? WHERE ID = ?").arg(quoteIdentifier(kind.table)),
            {status, deleted, qlonglong(id)});
}

void DocumentStore::writePosting(const ObjectKind &kind, qint64 id)
{
    const PostingFunction posting = postingFunction(kind.name);
    if (!posting)
        fail(ErrorCode::Validation, Text::tr("%1 documents are not posted").arg(kind.title));
    RegisterWriter registers(m_db, m_model);
    PostingContext ctx{m_model, registers, kind.name, id, {}, m_reader.readObject(kind, id), {}, {}, {}, {}};
    ctx.date = QDateTime::fromString(ctx.document.value(sys::Date).toString(), Qt::ISODateWithMs).toUTC();
    posting(ctx);
    registers.replace(kind.name, id, ctx.movements);
    for (const auto &check : std::as_const(ctx.afterWrite))
        check();
}

void DocumentStore::removePosting(const ObjectKind &kind, qint64 id)
{
    RegisterWriter(m_db, m_model).replace(kind.name, id, {});
}

QCborMap DocumentStore::update(const QCborMap &params)
{
    const ObjectKind &kind = m_reader.kindFor(params, true);
    const qint64 id = requiredId(params);
    const int version = requiredVersion(params);
    const Current current = lock(kind, id, version);
    if (current.deleted)
        fail(ErrorCode::Validation, Text::tr("the document is marked for deletion; remove the mark first"), sys::Deleted);
    Validator validator(m_db, m_model);
    const QList<Assignment> assignments = headerAssignments(validator, kind, params.value(QStringLiteral("values")).toMap());
    QStringList sets;
    QVariantList binds;
    for (const Assignment &a : assignments) {
        if (a.field.name == sys::Date && a.value.isNull())
            fail(ErrorCode::Validation, Text::tr("date: a value is required"), sys::Date);
        const QString column = a.field.name == sys::Date ? QStringLiteral("DOC_DATE") : quoteIdentifier(a.field.column());
        sets.append(QStringLiteral("%1 = %2").arg(column, erp::db::placeholder(a.field)));
        binds.append(erp::db::toSqlValue(a.field, a.value));
    }
    QSqlQuery q(m_db);
    if (!sets.isEmpty()) {
        binds.append(qlonglong(id));
        execute(q, QStringLiteral("UPDATE %1 SET %2 WHERE ID = ?").arg(quoteIdentifier(kind.table), sets.join(u", ")), binds);
    }
    const QCborValue sections = params.value(QStringLiteral("sections"));
    if (sections.isMap())
        writeSections(m_db, validator, kind, id, sections.toMap(), true);
    recalculate(kind, id);
    // A posted document stays posted: changing it posts it again.
    const bool post = current.status == Posted || params.value(QStringLiteral("post")).toBool(false);
    if (post) {
        writePosting(kind, id);
        setStatus(kind, id, Posted, false);
    }
    m_events->push_back({kind.name, id, version + 1, QStringLiteral("updated")});
    return m_reader.readObject(kind, id);
}

QCborMap DocumentStore::post(const QCborMap &params)
{
    const ObjectKind &kind = m_reader.kindFor(params, true);
    const qint64 id = requiredId(params);
    const int version = requiredVersion(params);
    if (lock(kind, id, version).deleted)
        fail(ErrorCode::Validation, Text::tr("the document is marked for deletion; remove the mark first"), sys::Deleted);
    writePosting(kind, id);
    setStatus(kind, id, Posted, false);
    m_events->push_back({kind.name, id, version + 1, QStringLiteral("posted")});
    return m_reader.readObject(kind, id);
}

QCborMap DocumentStore::unpost(const QCborMap &params)
{
    const ObjectKind &kind = m_reader.kindFor(params, true);
    const qint64 id = requiredId(params);
    const int version = requiredVersion(params);
    const Current current = lock(kind, id, version);
    removePosting(kind, id);
    setStatus(kind, id, Draft, current.deleted);
    m_events->push_back({kind.name, id, version + 1, QStringLiteral("unposted")});
    return m_reader.readObject(kind, id);
}

QCborMap DocumentStore::setDeleted(const QCborMap &params)
{
    const ObjectKind &kind = m_reader.kindFor(params, true);
    const qint64 id = requiredId(params);
    const int version = requiredVersion(params);
    const QCborValue deletedParam = params.value(sys::Deleted);
    const bool deleted = deletedParam.isBool() ? deletedParam.toBool() : true;
    const Current current = lock(kind, id, version);
    if (deleted && current.status == Posted)
        removePosting(kind, id); // a document marked for deletion moves nothing
    setStatus(kind, id, deleted ? Draft : current.status, deleted);
    m_events->push_back({kind.name, id, version + 1, deleted ? QStringLiteral("deleted") : QStringLiteral("restored")});
    return m_reader.readObject(kind, id);
}

QCborMap DocumentStore::movements(const QCborMap &params)
{
    m_reader.kindFor(params, false); // checks the kind and the right to read it
    const qint64 id = requiredId(params);
    QCborMap out;
    // Recorder ids are unique across all kinds (one sequence), so the id alone finds them.
    RegisterWriter registers(m_db, m_model);
    for (const erp::meta::Register &reg : m_model.registers()) {
        QCborArray rows;
        for (const QCborMap &row : registers.movementsOf(reg, id))
            rows.append(row);
        if (!rows.isEmpty())
            out.insert(reg.name, rows);
    }
    return out;
}

} // namespace erp::core
