#include "documentpdf.h"

#include "printformat.h"
#include "printtemplate.h"
#include "qrcode.h"

#include <QBuffer>
#include <QCborArray>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace erp::print {

namespace {

constexpr int Dpi = 600;
constexpr double PageWidthMm = 210;
constexpr double PageHeightMm = 297;
constexpr double RowMm = 6;
constexpr double HeaderMm = 9;
constexpr double FooterMm = 14;
constexpr double QrMm = 32;
constexpr double SignatureMm = 24;

const QString Family = QStringLiteral("DejaVu Sans");

double px(double mm) { return mm * Dpi / 25.4; }

QString str(const QCborMap &m, const char *key) { return m.value(QLatin1String(key)).toString(); }

class Painter
{
public:
    Painter(QPainter &p, const PrintTemplate &form, const QCborMap &data, const QString &language)
        : m_p(p), m_form(form), m_data(data), m_language(language)
    {
    }

    QString text(const QString &key) const { return m_form.text(key, m_language); }
    QString money(const QString &v) const { return formatNumber(v, m_language, 2); }
    QString date(const char *key) const { return formatDate(str(m_data, key), m_language); }

    void font(double points, bool bold = false)
    {
        QFont f(Family);
        f.setPointSizeF(points);
        f.setBold(bold);
        // No ligatures: "ﬁ" in a PDF defeats searching and copying "confirmation".
        f.setStyleStrategy(QFont::PreferNoShaping);
        m_p.setFont(f);
    }

    // Text in a box of the given mm, elided when it does not fit one line.
    void write(double x, double y, double w, double h, const QString &s, Qt::Alignment align = Qt::AlignLeft)
    {
        const QRectF r(px(x), px(y), px(w), px(h));
        const QString elided = QFontMetricsF(m_p.font(), m_p.device()).elidedText(s, Qt::ElideRight, r.width());
        m_p.drawText(r, int(align | Qt::AlignVCenter), elided);
    }

    void rule(double x1, double y, double x2, double width = 0.2)
    {
        m_p.setPen(QPen(Qt::black, px(width)));
        m_p.drawLine(QPointF(px(x1), px(y)), QPointF(px(x2), px(y)));
    }

    void box(double x, double y, double w, double h)
    {
        m_p.setPen(QPen(Qt::black, px(0.3)));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(QRectF(px(x), px(y), px(w), px(h)));
    }

    void watermark()
    {
        m_p.save();
        QFont f(Family);
        f.setPointSizeF(90);
        f.setBold(true);
        m_p.setFont(f);
        m_p.setPen(QColor(205, 205, 205));
        m_p.translate(px(PageWidthMm / 2), px(PageHeightMm / 2));
        m_p.rotate(-45);
        m_p.drawText(QRectF(-px(150), -px(30), px(300), px(60)), Qt::AlignCenter, text(QStringLiteral("draft")));
        m_p.restore();
    }

    // A party's box: its label, then name, address, IČO and DIČ.
    void party(double x, double y, double w, const QString &label, const QCborMap &party)
    {
        box(x, y, w, 40);
        font(7.5);
        write(x + 2, y + 1, w - 4, 5, label);
        font(10, true);
        write(x + 2, y + 6, w - 4, 6, str(party, "name"));
        font(9);
        write(x + 2, y + 12, w - 4, 5, str(party, "street"));
        write(x + 2, y + 17, w - 4, 5, (str(party, "postal_code") + u' ' + str(party, "city")).trimmed());
        write(x + 2, y + 22, w - 4, 5, str(party, "country"));
        write(x + 2, y + 28, w - 4, 5, text(QStringLiteral("ico")) + u' ' + str(party, "ico"));
        write(x + 2, y + 33, w - 4, 5, text(QStringLiteral("dic")) + u' ' + str(party, "dic"));
    }

    // Label: value pairs in one column, one row each, the values after the longest label;
    // empty values are left out.
    double pairs(double x, double y, double w, const QList<std::pair<QString, QString>> &rows)
    {
        font(8);
        double labels = 0;
        for (const auto &[label, value] : rows)
            labels = std::max(labels, QFontMetricsF(m_p.font(), m_p.device()).horizontalAdvance(label) * 25.4 / Dpi + 2);
        for (const auto &[label, value] : rows) {
            if (value.isEmpty())
                continue;
            font(8);
            write(x, y, labels, 5, label);
            font(8, true);
            write(x + labels, y, w - labels, 5, value);
            y += 5;
        }
        return y;
    }

    // A field of the data by its path ("number", "supplier.iban"), as the template prints it.
    QString value(const PrintDetail &d) const
    {
        const qsizetype dot = d.field.indexOf(u'.');
        const QString v = dot < 0 ? m_data.value(d.field).toString()
                                  : m_data.value(d.field.left(dot)).toMap().value(d.field.mid(dot + 1)).toString();
        if (d.date)
            return formatDate(v, m_language);
        // An enumeration's value in the print language, when the template words it ("payment_method:cash").
        const QString worded = d.field + u':' + v;
        return m_form.texts.contains(worded) ? text(worded) : v;
    }

    QList<std::pair<QString, QString>> rows(const QList<PrintDetail> &details) const
    {
        QList<std::pair<QString, QString>> out;
        for (const PrintDetail &d : details)
            out.append({text(d.text), value(d)});
        return out;
    }

    // Full-width "label value" rows, the value wrapped over as many lines as it needs.
    double remarks(double x, double y, double w)
    {
        for (const PrintDetail &d : m_form.bands.remarks) {
            const QString v = value(d);
            if (v.isEmpty())
                continue;
            font(8.5, true);
            const double label = QFontMetricsF(m_p.font(), m_p.device()).horizontalAdvance(text(d.text)) * 25.4 / Dpi + 2;
            write(x, y, label, 5, text(d.text));
            font(8.5);
            const QRectF r(px(x + label), px(y + 0.7), px(w - label), px(60));
            const QRectF used = m_p.boundingRect(r, int(Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap), v);
            m_p.drawText(r, int(Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap), v);
            y += std::max(5.0, used.height() * 25.4 / Dpi + 1.4);
        }
        return y;
    }

    double header(double left, double top, double width)
    {
        font(15, true);
        write(left, top, width * 0.65, 9, text(QStringLiteral("title")));
        font(13, true);
        write(left + width * 0.5, top, width * 0.5, 9, str(m_data, "number"), Qt::AlignRight);
        rule(left, top + 10, left + width, 0.5);
        const double half = (width - 4) / 2;
        double y = top + 13;
        const auto &parties = m_form.bands.parties;
        for (qsizetype i = 0; i < parties.size(); ++i)
            party(left + i * (half + 4), y, half, text(parties[i].first), m_data.value(parties[i].second).toMap());
        if (!parties.isEmpty())
            y += 43;
        double below = y;
        const auto &details = m_form.bands.details;
        for (qsizetype i = 0; i < details.size(); ++i)
            below = std::max(below, pairs(left + i * (half + 4), y, half, rows(details[i])));
        if (below > y)
            below += 2;
        return remarks(left, below, width) + 3;
    }

    QString cell(const QCborMap &line, const QString &field) const
    {
        const QString v = line.value(field).toString();
        if (field == QLatin1String("quantity"))
            return formatNumber(v, m_language, 0);
        if (field == QLatin1String("vat_percent"))
            return v.isEmpty() ? QString() : formatNumber(v, m_language, 0) + QStringLiteral(" %");
        if (field == QLatin1String("text") || field == QLatin1String("unit") || field == QLatin1String("code"))
            return v;
        return money(v);
    }

    // A left-aligned column keeps its distance from a right-aligned one before it.
    static double inset(const PrintColumn &c) { return c.align == Qt::AlignLeft ? 1.5 : 0.5; }

    double tableHeader(double left, double y)
    {
        font(7.5, true);
        double x = left;
        for (const PrintColumn &c : m_form.columns) {
            // Titles may take two lines ("Unit price / excl. VAT"): a header is never elided.
            m_p.drawText(QRectF(px(x + inset(c)), px(y), px(c.widthMm - 2), px(HeaderMm)),
                         int(c.align | Qt::AlignBottom | Qt::TextWordWrap), text(c.title));
            x += c.widthMm;
        }
        rule(left, y + HeaderMm, x, 0.4);
        return y + HeaderMm + 0.5;
    }

    double line(double left, double y, const QCborMap &line)
    {
        font(8.5);
        double x = left;
        for (const PrintColumn &c : m_form.columns) {
            write(x + inset(c), y, c.widthMm - 2, RowMm, cell(line, c.field), c.align);
            x += c.widthMm;
        }
        rule(left, y + RowMm, x, 0.1);
        return y + RowMm;
    }

    // The recapitulation per rate (and in CZK for a foreign currency), totals and the QR code.
    void summary(double left, double y, double width)
    {
        const double w = width - QrMm - 6;
        const double x = left + QrMm + 6;
        const double col = w / 4;
        auto row = [&](const QStringList &cells, bool bold) {
            font(8.5, bold);
            for (int i = 0; i < cells.size(); ++i)
                write(x + i * col, y, col - 1, RowMm - 1, cells.at(i), i == 0 ? Qt::AlignLeft : Qt::AlignRight);
            y += RowMm - 1;
        };
        font(9, true);
        write(x, y, w, RowMm, text(QStringLiteral("recap")));
        y += RowMm;
        row({text(QStringLiteral("rate")), text(QStringLiteral("base")), text(QStringLiteral("vat")),
             text(QStringLiteral("total"))},
            true);
        for (const QCborValue &v : m_data.value(QStringLiteral("recap")).toArray()) {
            const QCborMap r = v.toMap();
            row({formatNumber(str(r, "vat_percent"), m_language, 0) + QStringLiteral(" %"), money(str(r, "base")),
                 money(str(r, "vat")), money(str(r, "total"))},
                false);
        }
        rule(x, y + 0.5, x + w, 0.3);
        y += 1;
        const QCborMap totals = m_data.value(QStringLiteral("totals")).toMap();
        row({text(QStringLiteral("totals")), money(str(totals, "base")), money(str(totals, "vat")),
             money(str(totals, "total"))},
            true);
        y += 1;
        font(11, true);
        write(x, y, w * 0.55, 8, text(QStringLiteral("total_due")));
        write(x + w * 0.45, y, w * 0.55, 8, money(str(totals, "total")) + u' ' + str(m_data, "currency"), Qt::AlignRight);
        y += 10;
        const QCborMap czk = m_data.value(QStringLiteral("czk")).toMap();
        if (!czk.isEmpty()) {
            font(8.5, true);
            write(x, y, w, RowMm, text(QStringLiteral("vat_czk")) + QStringLiteral(" (") + text(QStringLiteral("rate_used"))
                                      + u' ' + formatNumber(str(czk, "rate"), m_language, 3) + u')');
            y += RowMm;
            for (const QCborValue &v : czk.value(QStringLiteral("recap")).toArray()) {
                const QCborMap r = v.toMap();
                row({formatNumber(str(r, "vat_percent"), m_language, 0) + QStringLiteral(" %"), money(str(r, "base")) + QStringLiteral(" CZK"),
                     money(str(r, "vat")) + QStringLiteral(" CZK"), QString()},
                    false);
            }
        }
    }

    void qr(double left, double y)
    {
        const QString spayd = str(m_data, "spayd");
        if (spayd.isEmpty())
            return;
        const QrMatrix matrix = qrEncode(spayd);
        paintQr(m_p, matrix, QRectF(px(left), px(y), px(QrMm), px(QrMm)));
        box(left, y, QrMm, QrMm);
        font(8, true);
        write(left, y + QrMm, QrMm, 5, text(QStringLiteral("qr_payment")), Qt::AlignCenter);
    }

    void footer(double left, double width, double bottom, int page, int pages)
    {
        const double y = bottom - FooterMm;
        rule(left, y, left + width, 0.3);
        font(7.5);
        const QCborMap supplier = m_data.value(QStringLiteral("supplier")).toMap();
        write(left, y + 1, width, 4.5, str(supplier, "register_entry"));
        write(left, y + 5.5, width * 0.7, 4.5, text(QStringLiteral("issued_by")) + u' ' + str(m_data, "issued_by"));
        write(left + width * 0.7, y + 5.5, width * 0.3, 4.5,
              QStringLiteral("%1 %2 / %3").arg(text(QStringLiteral("page"))).arg(page).arg(pages), Qt::AlignRight);
    }

    double vatSummaryHeight() const
    {
        const qsizetype recap = m_data.value(QStringLiteral("recap")).toArray().size();
        const qsizetype czk = m_data.value(QStringLiteral("czk")).toMap().value(QStringLiteral("recap")).toArray().size();
        return RowMm * 2 + (RowMm - 1) * (recap + 1) + 12 + (czk ? RowMm + (RowMm - 1) * czk : 0);
    }

    bool printsQr() const { return m_form.bands.qr && !str(m_data, "spayd").isEmpty(); }

    // What stands under the last line: the summary (with the QR code), the note, the signatures.
    double summaryBlockHeight() const
    {
        const QString &summary = m_form.bands.summary;
        const double table = summary == QLatin1String("vat") ? vatSummaryHeight() : summary == QLatin1String("amount") ? 14 : 0;
        return std::max(table, printsQr() ? QrMm + 6 : 0.0);
    }

    double endHeight() const
    {
        const double note = str(m_data, "note").isEmpty() ? 0 : RowMm;
        const double signatures = m_form.bands.signatures.isEmpty() ? 0 : SignatureMm + 4;
        return summaryBlockHeight() + note + signatures + 4;
    }

    void amount(double left, double y, double width)
    {
        const double x = printsQr() ? left + QrMm + 6 : left;
        const double w = left + width - x;
        box(x, y, w, 12);
        font(12, true);
        write(x + 3, y + 1, w * 0.6, 10, text(QStringLiteral("amount_received")));
        const QCborMap totals = m_data.value(QStringLiteral("totals")).toMap();
        write(x + w * 0.4, y + 1, w * 0.6 - 3, 10, money(str(totals, "total")) + u' ' + str(m_data, "currency"),
              Qt::AlignRight);
    }

    void signatures(double left, double y, double width)
    {
        const QStringList &keys = m_form.bands.signatures;
        const double gap = 6;
        const double w = (width - gap * double(keys.size() - 1)) / double(keys.size());
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const double x = left + double(i) * (w + gap);
            box(x, y, w, SignatureMm);
            font(8);
            write(x + 2, y + 1, w - 4, 5, text(keys[i]));
            m_p.setPen(QPen(Qt::black, px(0.15), Qt::DotLine));
            m_p.drawLine(QPointF(px(x + 4), px(y + SignatureMm - 5)), QPointF(px(x + w - 4), px(y + SignatureMm - 5)));
        }
    }

    void end(double left, double at, double width)
    {
        at += 4;
        if (printsQr())
            qr(left, at);
        if (m_form.bands.summary == QLatin1String("vat"))
            summary(left, at, width);
        else if (m_form.bands.summary == QLatin1String("amount"))
            amount(left, at, width);
        at += summaryBlockHeight();
        const QString note = str(m_data, "note");
        if (!note.isEmpty()) {
            font(8.5);
            write(left, at, width, RowMm, text(QStringLiteral("note")) + u' ' + note);
            at += RowMm;
        }
        if (!m_form.bands.signatures.isEmpty())
            signatures(left, at + 4, width);
    }

private:
    QPainter &m_p;
    const PrintTemplate &m_form;
    const QCborMap &m_data;
    const QString m_language;
};

} // namespace

const QStringList &documentTextKeys()
{
    static const QStringList keys = {QStringLiteral("title"), QStringLiteral("page"), QStringLiteral("draft"),
                                     QStringLiteral("issued_by"), QStringLiteral("note")};
    return keys;
}

const QStringList &documentDataFields()
{
    static const QStringList fields = {
        QStringLiteral("number"),          QStringLiteral("issued"),           QStringLiteral("tax_date"),
        QStringLiteral("due_date"),        QStringLiteral("currency"),         QStringLiteral("variable_symbol"),
        QStringLiteral("supplier.account_number"), QStringLiteral("supplier.iban"), QStringLiteral("supplier.swift"),
        QStringLiteral("warehouse"),       QStringLiteral("order_number"),     QStringLiteral("order_date"),
        QStringLiteral("invoicing"),       QStringLiteral("original_number"),  QStringLiteral("original_date"),
        QStringLiteral("original_tax_date"), QStringLiteral("reason"),         QStringLiteral("payment_method"),
        QStringLiteral("paid_by"),         QStringLiteral("received_by")};
    return fields;
}

const QStringList &documentParties()
{
    static const QStringList parties = {QStringLiteral("supplier"), QStringLiteral("customer")};
    return parties;
}

const QStringList &documentLineFields()
{
    static const QStringList fields = {QStringLiteral("text"),  QStringLiteral("code"),        QStringLiteral("quantity"),
                                       QStringLiteral("unit"),  QStringLiteral("price"),       QStringLiteral("vat_percent"),
                                       QStringLiteral("base"),  QStringLiteral("vat"),         QStringLiteral("total")};
    return fields;
}

const QStringList &summaryKinds()
{
    static const QStringList kinds = {QStringLiteral("vat"), QStringLiteral("amount"), QStringLiteral("none")};
    return kinds;
}

QStringList summaryTextKeys(const QString &summary)
{
    if (summary == QLatin1String("vat"))
        return {QStringLiteral("recap"),  QStringLiteral("rate"),      QStringLiteral("base"),    QStringLiteral("vat"),
                QStringLiteral("total"),  QStringLiteral("totals"),    QStringLiteral("total_due"), QStringLiteral("vat_czk"),
                QStringLiteral("rate_used")};
    if (summary == QLatin1String("amount"))
        return {QStringLiteral("amount_received")};
    return {};
}

RenderedPdf renderDocumentPdf(const PrintTemplate &form, const QCborMap &data, const QString &language)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(Dpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    const bool draft = data.value(QStringLiteral("draft")).toBool();
    // The title says "draft" too: a viewer shows it, and text tools skip the diagonal watermark.
    writer.setTitle((draft ? form.text(QStringLiteral("draft"), language) + QStringLiteral(" – ") : QString())
                    + form.text(QStringLiteral("title"), language) + u' ' + data.value(QStringLiteral("number")).toString());
    writer.setCreator(QStringLiteral("erp-server"));

    const double left = form.marginsMm.left();
    const double width = PageWidthMm - left - form.marginsMm.right();
    const double bottom = PageHeightMm - form.marginsMm.bottom();
    const double contentBottom = bottom - FooterMm - 2;
    const QCborArray lines = data.value(QStringLiteral("lines")).toArray();

    QPainter p(&writer);
    Painter d(p, form, data, language);

    // Plan the pages first, so that every footer can say "page n / N": the header takes the
    // top of the first page, the lines fill pages of fixed rows, the summary goes where it fits.
    QList<std::pair<qsizetype, qsizetype>> pageLines; // first line, count
    double firstY = 0;
    {
        // The header's height does not depend on the page: measure it on a throw-away image.
        QImage scratch(10, 10, QImage::Format_Mono);
        scratch.setDotsPerMeterX(qRound(Dpi / 0.0254));
        scratch.setDotsPerMeterY(qRound(Dpi / 0.0254));
        QPainter sp(&scratch);
        Painter measure(sp, form, data, language);
        firstY = measure.header(left, form.marginsMm.top(), width);
    }
    qsizetype next = 0;
    double y = firstY + HeaderMm + 0.5;
    do {
        const qsizetype fit = std::max<qsizetype>(1, qsizetype((contentBottom - y) / RowMm));
        const qsizetype count = std::min(fit, lines.size() - next);
        pageLines.append({next, count});
        next += count;
        if (next < lines.size())
            y = form.marginsMm.top() + HeaderMm + 0.5;
        else
            y += count * RowMm;
    } while (next < lines.size());
    const bool summaryOwnPage = y + d.endHeight() > contentBottom;
    const int pages = int(pageLines.size()) + (summaryOwnPage ? 1 : 0);

    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        if (draft)
            d.watermark();
        double at = page == 0 ? d.header(left, form.marginsMm.top(), width) : form.marginsMm.top();
        if (page < pageLines.size()) {
            at = d.tableHeader(left, at);
            for (qsizetype i = 0; i < pageLines[page].second; ++i)
                at = d.line(left, at, lines.at(pageLines[page].first + i).toMap());
        }
        if (page == pages - 1)
            d.end(left, at, width);
        d.footer(left, width, bottom, page + 1, pages);
    }
    p.end();
    return {buffer.data(), pages};
}

} // namespace erp::print
