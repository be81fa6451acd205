#include "demodata.h"

#include "db/sqltypes.h"
#include "decimal.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"
#include "names.h"
#include "rpc/rpcerror.h"

#include <QDate>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include "db/query.h"
#include <QVariantMap>

#include <memory>
#include <vector>

namespace erp::demo {

namespace {

using erp::db::execute;
using erp::db::quoteIdentifier;

constexpr int CommitEvery = 20000;

// Commits every CommitEvery rows across all the prepared inserts of the demo. Qt's QIBASE
// driver keeps the transaction handle a query was first executed in, so after a commit
// every prepared statement is prepared again.
class Batch
{
public:
    explicit Batch(QSqlDatabase &db) : m_db(db) {}

    erp::db::Query *prepare(const QString &sql)
    {
        m_statements.push_back({sql, std::make_unique<erp::db::Query>(m_db)});
        m_statements.back().second->prepare(sql);
        return m_statements.back().second.get();
    }

    void exec(erp::db::Query *query, const QString &what)
    {
        if (!query->exec())
            throw erp::rpc::RpcError{erp::protocol::ErrorCode::Internal, what + QStringLiteral(": ") + query->lastError().text(), {}};
        if (++m_sinceCommit < CommitEvery)
            return;
        erp::db::commitTransaction(m_db);
        erp::db::beginTransaction(m_db);
        m_sinceCommit = 0; // the prepared statements run on in the next transaction
    }

private:
    QSqlDatabase &m_db;
    std::vector<std::pair<QString, std::unique_ptr<erp::db::Query>>> m_statements;
    int m_sinceCommit = 0;
};

// Writes rows of one catalog with a single prepared INSERT, taking ids and codes in blocks.
class Inserter
{
public:
    Inserter(Batch &batch, QSqlDatabase &db, const erp::meta::Model &model, const QString &kindName, const QStringList &fields)
        : m_batch(batch), m_db(db), m_kind(*model.kind(kindName))
    {
        QStringList columns{QStringLiteral("\"ID\""), QStringLiteral("\"CODE\""), QStringLiteral("\"NAME\""),
                            QStringLiteral("\"CREATED_AT\""), QStringLiteral("\"UPDATED_AT\"")};
        QStringList marks{QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?")};
        if (m_kind.hierarchical) {
            columns << QStringLiteral("\"PARENT\"") << QStringLiteral("\"IS_GROUP\"");
            marks << QStringLiteral("?") << QStringLiteral("?");
        }
        for (const QString &name : fields) {
            const erp::meta::Field *f = m_kind.field(name);
            m_fields.append(f);
            columns.append(quoteIdentifier(f->column()));
            marks.append(erp::db::placeholder(*f));
        }
        m_query = batch.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                    .arg(quoteIdentifier(m_kind.table), columns.join(u", "), marks.join(u", ")));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_now = QDateTime(now.date(), now.time());
    }

    qint64 insert(const QString &code, const QString &name, const QVariantList &values, qint64 parent = 0,
                  bool isGroup = false)
    {
        const qint64 id = nextId();
        m_query->addBindValue(id);
        m_query->addBindValue(code.isEmpty() ? nextCode() : code);
        m_query->addBindValue(name);
        m_query->addBindValue(m_now);
        m_query->addBindValue(m_now);
        if (m_kind.hierarchical) {
            m_query->addBindValue(parent ? QVariant(parent) : QVariant(QMetaType::fromType<qlonglong>()));
            m_query->addBindValue(isGroup);
        }
        for (int i = 0; i < m_fields.size(); ++i) {
            const QVariant &v = values.at(i);
            m_query->addBindValue(v.isValid() ? v : QVariant(QMetaType::fromType<QString>()));
        }
        m_batch.exec(m_query, m_kind.name);
        return id;
    }

private:
    qint64 reserve(const QString &sequence, qint64 count)
    {
        erp::db::Query q(m_db);
        execute(q, QStringLiteral("SELECT GEN_ID(%1, %2) FROM RDB$DATABASE").arg(quoteIdentifier(sequence)).arg(count));
        q.next();
        return q.value(0).toLongLong() - count + 1;
    }
    qint64 nextId()
    {
        if (m_idLeft == 0) {
            m_idNext = reserve(erp::db::ObjectIdSequence, 1000);
            m_idLeft = 1000;
        }
        --m_idLeft;
        return m_idNext++;
    }
    QString nextCode()
    {
        if (m_codeLeft == 0) {
            m_codeNext = reserve(erp::db::objectName(m_kind.table, QStringLiteral("CODE_SEQ")), 1000);
            m_codeLeft = 1000;
        }
        --m_codeLeft;
        return QString::number(m_codeNext++).rightJustified(m_kind.codeLength, u'0');
    }

    Batch &m_batch;
    QSqlDatabase &m_db;
    const erp::meta::ObjectKind &m_kind;
    erp::db::Query *m_query;
    QList<const erp::meta::Field *> m_fields;
    QVariant m_now;
    qint64 m_idNext = 0, m_idLeft = 0, m_codeNext = 0, m_codeLeft = 0;
};

class Generator
{
public:
    Generator(QSqlDatabase &db, const erp::meta::Model &model) : m_db(db), m_model(model), m_random(20261127) {}

    template <typename T>
    const T &pick(const QList<T> &list) { return list.at(int(m_random.bounded(quint32(list.size())))); }
    int between(int low, int high) { return low + int(m_random.bounded(quint32(high - low + 1))); }
    bool chance(int percent) { return between(1, 100) <= percent; }

    // Czech company ID with a valid modulo-11 check digit.
    QString ico()
    {
        int digits[7];
        int sum = 0;
        for (int i = 0; i < 7; ++i) {
            digits[i] = between(i == 0 ? 1 : 0, 9);
            sum += digits[i] * (8 - i);
        }
        const int mod = sum % 11;
        const int check = mod == 0 ? 1 : mod == 1 ? 0 : 11 - mod;
        QString s;
        for (int d : digits)
            s += QChar(u'0' + d);
        return s + QChar(u'0' + check);
    }
    // A Czech IBAN with valid ISO 7064 check digits and a bank code.
    std::pair<QString, QString> iban()
    {
        static const QList<std::pair<QString, QString>> banks{
            {QStringLiteral("0800"), QStringLiteral("Česká spořitelna")}, {QStringLiteral("0100"), QStringLiteral("Komerční banka")},
            {QStringLiteral("0300"), QStringLiteral("ČSOB")}, {QStringLiteral("2010"), QStringLiteral("Fio banka")},
            {QStringLiteral("0600"), QStringLiteral("MONETA Money Bank")}};
        const auto &[code, bank] = pick(banks);
        const QString bban = code + QStringLiteral("000000") + QStringLiteral("%1").arg(between(0, 999999999), 10, 10, QChar(u'0'));
        const QString digits = bban + QStringLiteral("123500"); // "CZ00" moved to the end, letters as numbers
        int mod = 0;
        for (QChar c : digits)
            mod = (mod * 10 + c.digitValue()) % 97;
        return {QStringLiteral("CZ%1%2").arg(98 - mod, 2, 10, QChar(u'0')).arg(bban), bank};
    }
    QString phone() { return QStringLiteral("+420 %1 %2 %3").arg(between(601, 799)).arg(between(100, 999)).arg(between(100, 999)); }
    QString street() { return QStringLiteral("%1 %2").arg(pick(Names::streets())).arg(between(1, 250)); }
    QString postalCode() { return QStringLiteral("%1 %2").arg(between(100, 799)).arg(between(0, 99), 2, 10, QChar(u'0')); }
    QString money(int low, int high) { return QStringLiteral("%1.%2").arg(between(low, high)).arg(between(0, 99), 2, 10, QChar(u'0')); }
    static QString ascii(QString s)
    {
        s = s.normalized(QString::NormalizationForm_D);
        QString out;
        for (QChar c : s)
            if (c.unicode() < 128 && (c.isLetterOrNumber()))
                out += c.toLower();
        return out;
    }

    QSqlDatabase &m_db;
    const erp::meta::Model &m_model;
    QRandomGenerator m_random;
};

qint64 fill(Generator &g, int scale, DemoSummary *summary)
{
    QSqlDatabase &db = g.m_db;
    Batch batch(db);
    const erp::meta::Model &model = g.m_model;
    QList<qint64> currencies;
    {
        Inserter in(batch, db, model, QStringLiteral("currencies"), {QStringLiteral("symbol"), QStringLiteral("numeric_code"), QStringLiteral("decimals")});
        currencies << in.insert(QStringLiteral("CZK"), QStringLiteral("Česká koruna"), {QStringLiteral("Kč"), QStringLiteral("203"), 2});
        currencies << in.insert(QStringLiteral("EUR"), QStringLiteral("Euro"), {QStringLiteral("€"), QStringLiteral("978"), 2});
        currencies << in.insert(QStringLiteral("USD"), QStringLiteral("Americký dolar"), {QStringLiteral("$"), QStringLiteral("840"), 2});
        currencies << in.insert(QStringLiteral("GBP"), QStringLiteral("Britská libra"), {QStringLiteral("£"), QStringLiteral("826"), 2});
    }
    QList<qint64> units;
    {
        Inserter in(batch, db, model, QStringLiteral("units"), {QStringLiteral("international_code"), QStringLiteral("full_name")});
        units << in.insert(QStringLiteral("ks"), QStringLiteral("kus"), {QStringLiteral("C62"), QStringLiteral("kus (piece)")});
        units << in.insert(QStringLiteral("kg"), QStringLiteral("kilogram"), {QStringLiteral("KGM"), QStringLiteral("kilogram")});
        units << in.insert(QStringLiteral("m"), QStringLiteral("metr"), {QStringLiteral("MTR"), QStringLiteral("metr (metre)")});
        units << in.insert(QStringLiteral("l"), QStringLiteral("litr"), {QStringLiteral("LTR"), QStringLiteral("litr (litre)")});
        units << in.insert(QStringLiteral("bal"), QStringLiteral("balení"), {QStringLiteral("PK"), QStringLiteral("balení (pack)")});
        units << in.insert(QStringLiteral("h"), QStringLiteral("hodina"), {QStringLiteral("HUR"), QStringLiteral("hodina (hour)")});
    }
    QList<qint64> managers;
    {
        Inserter in(batch, db, model, QStringLiteral("users"), {QStringLiteral("role"), QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("active")});
        const QList<std::pair<QString, QString>> people{
            {QStringLiteral("Jana Dvořáková"), QStringLiteral("manager")}, {QStringLiteral("Petr Černý"), QStringLiteral("manager")},
            {QStringLiteral("Lucie Horáková"), QStringLiteral("clerk")}, {QStringLiteral("Tomáš Kříž"), QStringLiteral("clerk")},
            {QStringLiteral("Šárka Němcová"), QStringLiteral("clerk")}, {QStringLiteral("Emily Brown"), QStringLiteral("manager")},
            {QStringLiteral("Václav Žák"), QStringLiteral("viewer")}};
        for (const auto &[name, role] : people) {
            const QString login = Generator::ascii(name.section(u' ', 0, 0)).left(1) + Generator::ascii(name.section(u' ', 1));
            managers << in.insert(login, name, {role, login + QStringLiteral("@example.cz"), g.phone(), true});
        }
    }
    QList<qint64> sources;
    {
        Inserter in(batch, db, model, QStringLiteral("information_sources"), {});
        for (const QString &s : {QStringLiteral("Webové stránky"), QStringLiteral("Doporučení"), QStringLiteral("Veletrh"),
                                 QStringLiteral("Google Ads"), QStringLiteral("LinkedIn"), QStringLiteral("Studený hovor"),
                                 QStringLiteral("Newsletter")})
            sources << in.insert({}, s, {});
    }
    QList<qint64> organizations;
    {
        Inserter in(batch, db, model, QStringLiteral("organizations"),
                    {QStringLiteral("full_name"), QStringLiteral("ico"), QStringLiteral("dic"), QStringLiteral("vat_payer"),
                     QStringLiteral("street"), QStringLiteral("city"), QStringLiteral("postal_code"), QStringLiteral("country"),
                     QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("currency")});
        for (const QString &name : {QStringLiteral("Alfa Obchod"), QStringLiteral("Alfa Servis")}) {
            const QString ico = g.ico();
            organizations << in.insert({}, name,
                                       {name + QStringLiteral(" s.r.o."), ico, QStringLiteral("CZ") + ico, true, g.street(),
                                        QStringLiteral("Praha"), g.postalCode(), QStringLiteral("CZ"), g.phone(),
                                        QStringLiteral("info@") + Generator::ascii(name) + QStringLiteral(".cz"), currencies[0]});
        }
    }
    {
        Inserter in(batch, db, model, QStringLiteral("warehouses"),
                    {QStringLiteral("organization"), QStringLiteral("street"), QStringLiteral("city"), QStringLiteral("postal_code"),
                     QStringLiteral("manager")});
        for (const QString &city : {QStringLiteral("Praha"), QStringLiteral("Brno"), QStringLiteral("Ostrava")})
            in.insert({}, QStringLiteral("Sklad %1").arg(city), {organizations[0], g.street(), city, g.postalCode(), g.pick(managers)});
    }
    QList<qint64> productGroups;
    {
        Inserter in(batch, db, model, QStringLiteral("product_groups"), {});
        const QList<std::pair<QString, QStringList>> tree{
            {QStringLiteral("Spojovací materiál"), {QStringLiteral("Šrouby"), QStringLiteral("Matice"), QStringLiteral("Podložky")}},
            {QStringLiteral("Nářadí"), {QStringLiteral("Ruční nářadí"), QStringLiteral("Elektrické nářadí")}},
            {QStringLiteral("Elektro"), {QStringLiteral("Kabely"), QStringLiteral("Osvětlení"), QStringLiteral("Zásuvky")}},
            {QStringLiteral("Barvy a laky"), {QStringLiteral("Interiérové"), QStringLiteral("Fasádní")}},
            {QStringLiteral("Služby"), {QStringLiteral("Montáž"), QStringLiteral("Doprava")}}};
        for (const auto &[top, children] : tree) {
            const qint64 parent = in.insert({}, top, {}, 0, true);
            for (const QString &child : children)
                productGroups << in.insert({}, child, {}, parent, true);
        }
    }
    // The rates seeded on every new database (trade/vatrateseed.cpp), by code.
    const auto rateId = [&db](const QString &code) {
        erp::db::Query q(db);
        execute(q, QStringLiteral("SELECT ID FROM CAT_VAT_RATES WHERE CODE = ?"), {code});
        return q.next() ? QVariant(q.value(0).toLongLong()) : QVariant(QMetaType::fromType<qlonglong>());
    };
    const QVariant standardRate = rateId(QStringLiteral("standard")), reducedRate = rateId(QStringLiteral("reduced"));
    {
        Inserter in(batch, db, model, QStringLiteral("products"),
                    {QStringLiteral("product_group"), QStringLiteral("product_type"), QStringLiteral("unit"), QStringLiteral("ean"),
                     QStringLiteral("vat_rate"), QStringLiteral("manufacturer"), QStringLiteral("weight"),
                     QStringLiteral("purchase_price"), QStringLiteral("sale_price")});
        const qint64 count = 3000LL * scale;
        for (qint64 i = 0; i < count; ++i) {
            const bool service = g.chance(5);
            const QString name = QStringLiteral("%1 %2 %3×%4")
                                     .arg(g.pick(Names::productNouns()), g.pick(Names::productAdjectives()))
                                     .arg(g.between(2, 40))
                                     .arg(g.between(10, 200));
            const QString buy = g.money(1, 4000);
            in.insert({}, name,
                      {g.pick(productGroups), service ? QStringLiteral("service") : QStringLiteral("goods"),
                       service ? units[5] : g.pick(units.mid(0, 5)),
                       QStringLiteral("859%1").arg(g.between(0, 999999999), 10, 10, QChar(u'0')),
                       g.chance(85) ? standardRate : reducedRate, g.pick(Names::manufacturers()),
                       QStringLiteral("%1.%2").arg(g.between(0, 25)).arg(g.between(0, 999), 3, 10, QChar(u'0')), buy,
                       erp::Decimal::parse(buy)->times(*erp::Decimal::parse(u"1.35"), 2)->toString()});
        }
        summary->products = count;
    }
    QList<qint64> partnerGroups;
    {
        Inserter groups(batch, db, model, QStringLiteral("partners"), {});
        for (const QString &g2 : {QStringLiteral("Velkoobchod"), QStringLiteral("Maloobchod"), QStringLiteral("Koncoví zákazníci"),
                                  QStringLiteral("Dodavatelé"), QStringLiteral("Zahraničí")})
            partnerGroups << groups.insert({}, g2, {}, 0, true);
    }
    Inserter partners(batch, db, model, QStringLiteral("partners"),
                      {QStringLiteral("is_client"), QStringLiteral("is_supplier"), QStringLiteral("legal_form"), QStringLiteral("ico"),
                       QStringLiteral("dic"), QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("street"),
                       QStringLiteral("city"), QStringLiteral("postal_code"), QStringLiteral("country"), QStringLiteral("manager"),
                       QStringLiteral("source"), QStringLiteral("credit_limit"), QStringLiteral("payment_days"),
                       QStringLiteral("registered_on")});
    Inserter counterparties(batch, db, model, QStringLiteral("counterparties"),
                            {QStringLiteral("partner"), QStringLiteral("full_name"), QStringLiteral("legal_form"), QStringLiteral("ico"),
                             QStringLiteral("dic"), QStringLiteral("vat_payer"), QStringLiteral("street"), QStringLiteral("city"),
                             QStringLiteral("postal_code"), QStringLiteral("country"), QStringLiteral("valid_from")});
    erp::db::Query *accounts = batch.prepare(QStringLiteral("INSERT INTO \"CAT_COUNTERPARTIES_ACCOUNTS\" (\"OWNER_ID\", \"LINE_NO\", \"IBAN\", "
                                    "\"BANK_NAME\", \"CURRENCY\", \"IS_DEFAULT\") VALUES (?, ?, ?, ?, ?, ?)"));
    Inserter contacts(batch, db, model, QStringLiteral("contact_persons"),
                      {QStringLiteral("partner"), QStringLiteral("first_name"), QStringLiteral("last_name"),
                       QStringLiteral("job_title"), QStringLiteral("email"), QStringLiteral("phone")});
    const qint64 count = 5000LL * scale;
    const QDate start(2015, 1, 1);
    for (qint64 i = 0; i < count; ++i) {
        const bool person = g.chance(30);
        const bool female = g.chance(50);
        const QString first = female ? g.pick(Names::femaleFirst()) : g.pick(Names::maleFirst());
        const QString last = female ? g.pick(Names::femaleLast()) : g.pick(Names::maleLast());
        const QString name = person ? first + u' ' + last
                                    : QStringLiteral("%1 %2").arg(g.pick(Names::companyWords()), g.pick(Names::companySuffixes()));
        const QString city = g.pick(Names::cities());
        const QString ico = g.ico();
        const bool supplier = g.chance(15);
        const QString legalForm = person ? QStringLiteral("individual") : QStringLiteral("company");
        const QString domain = Generator::ascii(person ? last : name.section(u' ', 0, 1)) + QStringLiteral(".cz");
        const QString email = person ? Generator::ascii(first) + u'.' + Generator::ascii(last) + u'@' + QStringLiteral("example.cz")
                                     : QStringLiteral("info%1@%2").arg(i).arg(domain);
        const qint64 partner = partners.insert(
            {}, name,
            {!supplier || g.chance(30), supplier, legalForm, person ? QVariant() : QVariant(ico),
             person ? QVariant() : QVariant(QStringLiteral("CZ") + ico), email, g.phone(), g.street(), city, g.postalCode(),
             QStringLiteral("CZ"), g.pick(managers), g.pick(sources), g.money(0, 500000), g.pick(QList<int>{7, 14, 14, 30, 60}),
             start.addDays(g.between(0, 4000))},
            supplier ? partnerGroups[3] : g.pick(partnerGroups.mid(0, 3)));
        if (!person) {
            const int entities = g.chance(10) ? 2 : 1;
            for (int e = 0; e < entities; ++e) {
                const QString entityIco = e == 0 ? ico : g.ico();
                const qint64 entity = counterparties.insert(
                    {}, name,
                    {partner, name, legalForm, entityIco, QStringLiteral("CZ") + entityIco, true, g.street(), city,
                     g.postalCode(), QStringLiteral("CZ"), start.addDays(g.between(0, 1500))});
                const int accountCount = g.chance(20) ? 2 : 1;
                for (int a = 0; a < accountCount; ++a) {
                    const auto [iban, bank] = g.iban();
                    accounts->addBindValue(entity);
                    accounts->addBindValue(a + 1);
                    accounts->addBindValue(iban);
                    accounts->addBindValue(bank);
                    accounts->addBindValue(a == 0 ? currencies[0] : currencies[1]);
                    accounts->addBindValue(a == 0);
                    batch.exec(accounts, QStringLiteral("accounts"));
                }
                ++summary->counterparties;
            }
            const int people = g.between(1, 2);
            for (int c = 0; c < people; ++c) {
                const bool f = g.chance(50);
                const QString cf = f ? g.pick(Names::femaleFirst()) : g.pick(Names::maleFirst());
                const QString cl = f ? g.pick(Names::femaleLast()) : g.pick(Names::maleLast());
                contacts.insert({}, cf + u' ' + cl,
                                {partner, cf, cl, g.pick(Names::jobTitles()),
                                 Generator::ascii(cf) + u'.' + Generator::ascii(cl) + u'@' + domain, g.phone()});
                ++summary->contacts;
            }
        }
    }
    summary->partners = count;
    return count;
}

} // namespace

bool fillDemoData(QSqlDatabase &db, const erp::meta::Model &model, int scale, DemoSummary *summary, QString *error)
{
    erp::db::Query check(db);
    check.exec(QStringLiteral("SELECT COUNT(*) FROM \"CAT_PARTNERS\""));
    if (check.next() && check.value(0).toLongLong() > 0) {
        *error = QStringLiteral("the database already has partners; demo data goes into a new database only");
        return false;
    }
    Generator generator(db, model);
    erp::db::beginTransaction(db);
    try {
        fill(generator, scale, summary);
    } catch (const erp::rpc::RpcError &e) {
        erp::db::rollbackTransaction(db);
        *error = e.message;
        return false;
    }
    if (!erp::db::commitTransaction(db)) {
        *error = QStringLiteral("commit failed");
        return false;
    }
    return true;
}

} // namespace erp::demo
