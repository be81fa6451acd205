// Printed documents through the real server: the sales invoice as a Czech tax document
// rendered to PDF, read back with poppler (pdftotext, pdfinfo) and zbar (zbarimg) the way an
// auditor and a bank app would: every § 29 element there, the figures those of the invoice
// (computed here from its lines), A4, the QR code exactly the expected SPAYD string.
#include "catalogclient.h"
#include "printcheck.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using erp::client::Reply;
using namespace erp::test;
using namespace Qt::StringLiterals;

namespace {

struct Figures
{
    QMap<QString, std::array<qint64, 2>> perRate; // VAT % -> base, VAT in cents
    QList<std::array<qint64, 3>> lines;           // price (cents), base, VAT
    qint64 base = 0, vat = 0;
};

} // namespace

class TestPrintForms : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_c;
    QTemporaryDir m_dir;
    qint64 m_invoice = 0, m_draft = 0, m_long = 0, m_euro = 0;
    QCborMap m_read;

    // The digits of the number, the last 10: FV-2026-000042 -> 2026000042.
    QString variableSymbol() const
    {
        QString digits = m_read.value(u"number"_s).toString();
        digits.remove(QRegularExpression(u"[^0-9]"_s));
        return digits.right(10);
    }

    Reply render(qint64 id, const QString &language, const QString &form = u"sales_invoice"_s)
    {
        return m_c->call(u"print.render"_s, map({{u"kind"_s, u"sales_invoices"_s}, {u"id"_s, id}, {u"form"_s, form},
                                                   {u"language"_s, language}}));
    }

    // The PDF saved, with its text (whitespace collapsed) and pdfinfo's answer.
    QString save(const Reply &r, const QString &name)
    {
        const QString path = m_dir.filePath(name + u".pdf"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(r.result.toMap().value(u"pdf"_s).toByteArray());
        return path;
    }

    static QString text(const QString &pdf) { return pdfText(pdf); }

    Figures figures(const QCborMap &invoice)
    {
        Figures f;
        for (const QCborValue &v : invoice.value(u"sections"_s).toMap().value(u"lines"_s).toArray()) {
            const QCborMap l = v.toMap();
            // quantity (10^-3) x price (10^-4) -> 10^-7, to cents; VAT per line, as the
            // organization's default "per_line" rounding says.
            const qint64 base = cents(units(l.value(u"quantity"_s).toString(), 3) * units(l.value(u"price"_s).toString(), 4), 100000);
            const qint64 percent = units(l.value(u"vat_percent"_s).toString(), 2);
            const qint64 vat = cents(base * percent, 10000);
            QString rate = QString::number(percent / 100);
            f.perRate[rate][0] += base;
            f.perRate[rate][1] += vat;
            f.lines.append({cents(units(l.value(u"price"_s).toString(), 4), 100), base, vat});
            f.base += base;
            f.vat += vat;
        }
        return f;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("ERP_KEEP_PRINTS")) { // to look at them
            m_dir.setAutoRemove(false);
            qInfo().noquote() << "PDFs in" << m_dir.path();
        }
        QVERIFY(m_server.start());
        m_c = m_server.connect();
        QVERIFY(m_c);
        const SalesFixture f = salesFixture(*m_c);
        QVERIFY(f.partner);
        const qint64 organization = createCatalog(
            *m_c, u"organizations"_s,
            map({{u"name"_s, u"Beta"_s}, {u"full_name"_s, u"Beta Stroje s.r.o."_s}, {u"ico"_s, u"27074358"_s},
                 {u"dic"_s, u"CZ27074358"_s}, {u"street"_s, u"Údolní 12"_s}, {u"city"_s, u"Brno"_s},
                 {u"postal_code"_s, u"602 00"_s}, {u"iban"_s, u"CZ65 0800 0000 1920 0014 5399"_s},
                 {u"swift"_s, u"GIBACZPX"_s}, {u"account_number"_s, u"19-2000145399/0800"_s},
                 {u"register_entry"_s, u"Zapsaná v obchodním rejstříku vedeném Krajským soudem v Brně, oddíl C, vložka 4711"_s}}));
        QVERIFY(organization);
        const qint64 counterparty = createCatalog(
            *m_c, u"counterparties"_s,
            map({{u"name"_s, u"Kůň"_s}, {u"full_name"_s, u"Žlutý kůň a.s."_s}, {u"partner"_s, f.partner},
                 {u"ico"_s, u"45317054"_s}, {u"dic"_s, u"CZ45317054"_s}, {u"street"_s, u"Na Příkopě 3"_s},
                 {u"city"_s, u"Praha"_s}, {u"postal_code"_s, u"110 00"_s}}));
        QVERIFY(counterparty);
        const qint64 standard = vatRate(*m_c, u"standard"_s), reduced = vatRate(*m_c, u"reduced"_s);
        QVERIFY(standard && reduced);
        const QCborMap header = map({{u"organization"_s, organization}, {u"partner"_s, f.partner},
                                     {u"counterparty"_s, counterparty}, {u"date"_s, u"2026-11-10T09:00:00Z"_s},
                                     {u"due_date"_s, u"2026-12-10"_s}});
        const QCborArray lines = {
            map({{u"description"_s, u"Konzultace k lisu"_s}, {u"quantity"_s, u"3"_s}, {u"price"_s, u"1234.50"_s},
                 {u"vat_rate"_s, standard}}),
            map({{u"product"_s, f.fitting}, {u"quantity"_s, u"1.5"_s}, {u"price"_s, u"800"_s}, {u"vat_rate"_s, reduced}}),
            map({{u"description"_s, u"Doprava"_s}, {u"quantity"_s, u"1"_s}, {u"price"_s, u"99.99"_s}, {u"vat_rate"_s, standard}})};
        Reply r = createDocument(*m_c, u"sales_invoices"_s, header, lines, true);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        m_invoice = r.result.toMap().value(u"id"_s).toInteger();
        r = createDocument(*m_c, u"sales_invoices"_s, header, lines, false);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        m_draft = r.result.toMap().value(u"id"_s).toInteger();
        QCborArray many;
        for (int i = 1; i <= 70; ++i)
            many.append(map({{u"description"_s, u"Položka %1"_s.arg(i)}, {u"quantity"_s, u"1"_s}, {u"price"_s, u"10"_s},
                             {u"vat_rate"_s, standard}}));
        r = createDocument(*m_c, u"sales_invoices"_s, header, many, true);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        m_long = r.result.toMap().value(u"id"_s).toInteger();
        // A euro invoice: 100 EUR + 21 % at the rate of 24.5 CZK.
        const qint64 eur = createCatalog(*m_c, u"currencies"_s, map({{u"code"_s, u"EUR"_s}, {u"name"_s, u"Euro"_s}}));
        QVERIFY(eur);
        r = createDocument(*m_c, u"rate_settings"_s, map({{u"organization"_s, organization}, {u"date"_s, u"2026-11-01T00:00:00Z"_s}}),
                           {map({{u"currency"_s, eur}, {u"rate"_s, u"24.5"_s}})}, true);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCborMap euroHeader = header;
        euroHeader.insert(u"currency"_s, eur);
        r = createDocument(*m_c, u"sales_invoices"_s, euroHeader,
                           {map({{u"description"_s, u"Servis"_s}, {u"quantity"_s, u"1"_s}, {u"price"_s, u"100"_s}, {u"vat_rate"_s, standard}})},
                           true);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        m_euro = r.result.toMap().value(u"id"_s).toInteger();
        m_read = ERP_CALL_OK(*m_c, "document.read", params(u"sales_invoices"_s, {{u"id"_s, m_invoice}})).result.toMap();
        QVERIFY(!m_read.isEmpty());
    }

    void invoiceDefaultsTaxDateAndVariableSymbol()
    {
        QCOMPARE(m_read.value(u"tax_date"_s).toString(), u"2026-11-10"_s);
        QVERIFY(m_read.value(u"variable_symbol"_s).toString().isEmpty()); // empty: paid with the number's digits
        QCborMap p = params(u"sales_invoices"_s, {{u"id"_s, m_draft},
                                                   {u"version"_s, ERP_CALL_OK(*m_c, "document.read", params(u"sales_invoices"_s, {{u"id"_s, m_draft}})).result.toMap().value(u"version"_s)}});
        p.insert(u"values"_s, map({{u"variable_symbol"_s, u"12AB"_s}}));
        const Reply bad = m_c->call(u"document.update"_s, p);
        QVERIFY(!bad.ok);
        QCOMPARE(bad.error.field, u"variable_symbol"_s);
    }

    void formsOfAKind()
    {
        const Reply r = ERP_CALL_OK(*m_c, "print.forms", map({{u"kind"_s, u"sales_invoices"_s}}));
        const QCborArray forms = r.result.toMap().value(u"forms"_s).toArray();
        QCOMPARE(forms.size(), 1);
        QCOMPARE(forms.at(0).toMap().value(u"name"_s).toString(), u"sales_invoice"_s);
        QCOMPARE(forms.at(0).toMap().value(u"languages"_s).toArray(), (QCborArray{u"cs"_s, u"en"_s}));
        QVERIFY(!forms.at(0).toMap().value(u"title"_s).toString().isEmpty());
    }

    void czechInvoiceShowsEveryTaxDocumentElement()
    {
        const Reply r = render(m_invoice, u"cs"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(u"pages"_s).toInteger(), 1);
        const QString number = m_read.value(u"number"_s).toString();
        QVERIFY(r.result.toMap().value(u"filename"_s).toString().endsWith(number + u".pdf"_s));
        const QString pdf = save(r, u"invoice-cs"_s);
        const QString info = run(u"pdfinfo"_s, {pdf});
        QVERIFY2(info.contains(QRegularExpression(u"Pages:\\s+1\\n"_s)), qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(u"Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts \\(A4\\)"_s)), qPrintable(info));
        const QString t = text(pdf);
        const Figures f = figures(m_read);
        QStringList expected = {
            u"Faktura – daňový doklad"_s, number,
            // supplier and customer (§ 29 (1) a-d): name, seat, IČO, DIČ
            u"Dodavatel"_s, u"Beta Stroje s.r.o."_s, u"Údolní 12"_s, u"602 00 Brno"_s, u"IČO: 27074358"_s, u"DIČ: CZ27074358"_s,
            u"Odběratel"_s, u"Žlutý kůň a.s."_s, u"Na Příkopě 3"_s, u"110 00 Praha"_s, u"IČO: 45317054"_s, u"DIČ: CZ45317054"_s,
            // dates (g, h), payment
            u"Datum vystavení: 10. 11. 2026"_s, u"Datum uskutečnění plnění: 10. 11. 2026"_s, u"Datum splatnosti: 10. 12. 2026"_s,
            u"19-2000145399/0800"_s, u"IBAN: CZ65 0800 0000 1920 0014 5399"_s, u"GIBACZPX"_s,
            u"Variabilní symbol: "_s + variableSymbol(),
            // lines (f, i-l)
            u"Konzultace k lisu"_s, u"Montáž"_s, u"Doprava"_s, u"Cena MJ bez DPH"_s, u"21 %"_s, u"12 %"_s,
            u"Rekapitulace DPH"_s, u"Celkem k úhradě "_s + money(f.base + f.vat, true) + u" CZK"_s,
            u"Zapsaná v obchodním rejstříku vedeném Krajským soudem v Brně, oddíl C, vložka 4711"_s, u"Strana 1 / 1"_s,
            u"QR platba"_s};
        for (const auto &line : f.lines)
            expected << money(line[0], true) << money(line[1], true) << money(line[2], true) << money(line[1] + line[2], true);
        for (auto it = f.perRate.begin(); it != f.perRate.end(); ++it)
            expected << money(it->at(0), true) << money(it->at(1), true);
        expected << money(f.base, true) << money(f.vat, true);
        for (const QString &e : std::as_const(expected))
            QVERIFY2(t.contains(e), qPrintable(e + u" not in: "_s + t));
        QVERIFY(!t.contains(u"NÁVRH"_s));
        // The invoice's own totals are what the test computed from its lines.
        QCOMPARE(units(m_read.value(u"total"_s).toString(), 4), (f.base + f.vat) * 100);
        QCOMPARE(units(m_read.value(u"total_vat"_s).toString(), 4), f.vat * 100);
    }

    void qrCodeCarriesThePayment()
    {
        const Reply r = render(m_invoice, u"cs"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QString pdf = save(r, u"invoice-qr"_s);
        run(u"pdftoppm"_s, {u"-r"_s, u"300"_s, u"-png"_s, pdf, m_dir.filePath(u"page"_s)});
        const QString decoded = run(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, m_dir.filePath(u"page-1.png"_s)}).trimmed();
        const Figures f = figures(m_read);
        const qint64 total = f.base + f.vat;
        const QString amount = QStringLiteral("%1.%2").arg(total / 100).arg(total % 100, 2, 10, QChar(u'0'));
        const QString number = m_read.value(u"number"_s).toString();
        QCOMPARE(decoded, u"SPD*1.0*ACC:CZ6508000000192000145399+GIBACZPX*AM:"_s + amount + u"*CC:CZK*DT:20261210*X-VS:"_s
                              + variableSymbol() + u"*MSG:"_s + number.toUpper());
    }

    void englishLabels()
    {
        const Reply r = render(m_invoice, u"en"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QString t = text(save(r, u"invoice-en"_s));
        const Figures f = figures(m_read);
        for (const QString &e : {u"Invoice – tax document"_s, u"Supplier"_s, u"Customer"_s, u"VAT ID: CZ27074358"_s,
                                 u"Date of taxable supply: 10 Nov 2026"_s, u"Unit price excl. VAT"_s, u"VAT summary"_s,
                                 u"Total due "_s + money(f.base + f.vat, false) + u" CZK"_s, u"Page 1 / 1"_s})
            QVERIFY2(t.contains(e), qPrintable(e + u" not in: "_s + t));
        QVERIFY(!t.contains(u"Odběratel"_s));
    }

    // The mark is diagonal, which pdftotext leaves out: it is seen in the page's pixels (its
    // flat grey), and the PDF's title names it.
    void draftHasAWatermark()
    {
        auto greyPixels = [&](const QString &pdf) {
            const QString prefix = pdf + u"-low"_s;
            run(u"pdftoppm"_s, {u"-r"_s, u"50"_s, u"-png"_s, pdf, prefix});
            const QImage page(prefix + u"-1.png"_s);
            int grey = 0;
            for (int y = 0; y < page.height(); ++y)
                for (int x = 0; x < page.width(); ++x)
                    grey += page.pixel(x, y) == qRgb(205, 205, 205);
            return grey;
        };
        for (const auto &[language, mark] : {std::pair{u"cs"_s, u"NÁVRH – Faktura"_s}, std::pair{u"en"_s, u"DRAFT – Invoice"_s}}) {
            const Reply r = render(m_draft, language);
            QVERIFY2(r.ok, qPrintable(r.error.message));
            const QString pdf = save(r, u"draft-"_s + language);
            const QString info = run(u"pdfinfo"_s, {pdf});
            QVERIFY2(info.contains(u"Title:           "_s + mark), qPrintable(info));
            QVERIFY(greyPixels(pdf) > 1000);
        }
        const QString posted = save(render(m_invoice, u"cs"_s), u"posted"_s);
        QVERIFY(!run(u"pdfinfo"_s, {posted}).contains(u"NÁVRH"_s));
        QVERIFY(greyPixels(posted) < 50); // antialiased text may hit the grey here and there
    }

    void foreignCurrencyShowsTheVatInCrowns()
    {
        const Reply r = render(m_euro, u"cs"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QString pdf = save(r, u"euro"_s);
        const QString t = text(pdf);
        // 100 EUR x 24.5 = 2 450,00 CZK, its 21 % = 514,50 CZK.
        for (const QString &e : {u"Celkem k úhradě"_s, u"121,00 EUR"_s, u"DPH v Kč (kurz 24,500)"_s, u"2 450,00 CZK"_s, u"514,50 CZK"_s})
            QVERIFY2(t.contains(e), qPrintable(e + u" not in: "_s + t));
        run(u"pdftoppm"_s, {u"-r"_s, u"300"_s, u"-png"_s, pdf, m_dir.filePath(u"euro"_s)});
        const QString decoded = run(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, m_dir.filePath(u"euro-1.png"_s)}).trimmed();
        QVERIFY2(decoded.contains(u"*AM:121.00*CC:EUR*"_s), qPrintable(decoded));
    }

    void longInvoiceGoesOnPages()
    {
        const Reply r = render(m_long, u"cs"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 pages = r.result.toMap().value(u"pages"_s).toInteger();
        QVERIFY(pages >= 2);
        const QString pdf = save(r, u"long"_s);
        QVERIFY(run(u"pdfinfo"_s, {pdf}).contains(QRegularExpression(u"Pages:\\s+%1\\n"_s.arg(pages))));
        const QString t = text(pdf);
        for (int i = 1; i <= 70; ++i)
            QVERIFY2(t.contains(u"Položka %1 "_s.arg(i)), qPrintable(QString::number(i)));
        QVERIFY(t.contains(u"Strana %1 / %1"_s.arg(pages)));
        // 70 x 10 + 21 % = 847.00
        QVERIFY(t.contains(u"Celkem k úhradě 847,00 CZK"_s));
    }

    // print.render reads as the caller: a clerk whose row rules hide the invoice's partner gets
    // NotFound, as from document.read, and prints what they may see.
    void rowRulesApply()
    {
        QVERIFY(createCatalog(*m_c, u"users"_s, map({{u"code"_s, u"pclerk"_s}, {u"name"_s, u"Petra Tisková"_s}, {u"role"_s, u"clerk"_s}})));
        QVERIFY(ERP_CALL_OK(*m_c, "auth.setPassword", map({{u"login"_s, u"pclerk"_s}, {u"password"_s, u"Clerk-Password-1"_s}})).ok);
        const QCborValue partner = m_read.value(u"partner"_s);
        QVERIFY(ERP_CALL_OK(*m_c, "access.setRowRules",
                            map({{u"role"_s, u"clerk"_s}, {u"kind"_s, u"sales_invoices"_s},
                                 {u"rules"_s, QCborArray{map({{u"field"_s, u"partner"_s}, {u"op"_s, u"!="_s}, {u"value"_s, partner}})}}}))
                    .ok);
        auto clerk = m_server.connect(u"pclerk"_s, u"Clerk-Password-1"_s);
        QVERIFY(clerk);
        const QCborMap p = map({{u"kind"_s, u"sales_invoices"_s}, {u"id"_s, m_invoice}, {u"form"_s, u"sales_invoice"_s}, {u"language"_s, u"cs"_s}});
        const Reply hidden = clerk->call(u"print.render"_s, p);
        QVERIFY(!hidden.ok);
        QCOMPARE(hidden.error.code, erp::protocol::ErrorCode::NotFound);
        QCOMPARE(hidden.error.field, u"id"_s);
        QVERIFY(ERP_CALL_OK(*m_c, "access.setRowRules",
                            map({{u"role"_s, u"clerk"_s}, {u"kind"_s, u"sales_invoices"_s}, {u"rules"_s, QCborArray{}}}))
                    .ok);
        const Reply seen = clerk->call(u"print.render"_s, p);
        QVERIFY2(seen.ok, qPrintable(seen.error.message));
    }

    void badInputIsNamed()
    {
        auto refused = [&](const QCborMap &p, erp::protocol::ErrorCode code, const QString &field) {
            const Reply r = m_c->call(u"print.render"_s, p);
            QVERIFY2(!r.ok, qPrintable(field));
            QCOMPARE(r.error.code, code);
            QCOMPARE(r.error.field, field);
        };
        using erp::protocol::ErrorCode;
        const QCborMap good = map({{u"kind"_s, u"sales_invoices"_s}, {u"id"_s, m_invoice}, {u"form"_s, u"sales_invoice"_s}});
        struct Case
        {
            QString name;
            QCborValue value; // undefined: the parameter left out
            ErrorCode code;
        };
        for (const Case &c : {Case{u"kind"_s, u"nonsense"_s, ErrorCode::Validation}, Case{u"kind"_s, u"partners"_s, ErrorCode::Validation},
                              Case{u"form"_s, u"delivery_note"_s, ErrorCode::Validation}, Case{u"form"_s, QCborValue(), ErrorCode::Validation},
                              Case{u"language"_s, u"de"_s, ErrorCode::Validation}, Case{u"id"_s, u"1"_s, ErrorCode::Validation},
                              Case{u"id"_s, 999999999, ErrorCode::NotFound}}) {
            QCborMap p = good;
            if (c.value.isUndefined())
                p.remove(c.name);
            else
                p.insert(c.name, c.value);
            refused(p, c.code, c.name);
        }
    }
};

QTEST_GUILESS_MAIN(TestPrintForms)
#include "tst_printforms.moc"
