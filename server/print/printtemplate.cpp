#include "printtemplate.h"

#include "documentpdf.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

namespace erp::print {

namespace {

struct Reader
{
    QString source;
    QString *error;
    QString *errorPath;

    bool fail(const QString &path, const QString &message) const
    {
        *error = QStringLiteral("%1: %2: %3").arg(source, path, message);
        if (errorPath)
            *errorPath = path;
        return false;
    }

    bool textKey(const PrintTemplate &t, const QString &key, const QString &path) const
    {
        if (t.texts.contains(key))
            return true;
        return fail(QStringLiteral("texts.%1").arg(key), QStringLiteral("the text is required (%1 prints it)").arg(path));
    }

    bool detail(const PrintTemplate &t, const QJsonValue &v, const QString &path, PrintDetail *out) const
    {
        const QJsonObject o = v.toObject();
        if (!v.isObject())
            return fail(path, QStringLiteral("an object {text, field, date?} is required"));
        out->text = o.value(QStringLiteral("text")).toString();
        if (out->text.isEmpty())
            return fail(path + QStringLiteral(".text"), QStringLiteral("a key of texts is required"));
        if (!textKey(t, out->text, path))
            return false;
        out->field = o.value(QStringLiteral("field")).toString();
        if (!documentDataFields().contains(out->field))
            return fail(path + QStringLiteral(".field"), QStringLiteral("\"%1\" is no field of the data (%2)")
                                                         .arg(out->field, documentDataFields().join(QStringLiteral(", "))));
        const QJsonValue date = o.value(QStringLiteral("date"));
        if (!date.isUndefined() && !date.isBool())
            return fail(path + QStringLiteral(".date"), QStringLiteral("true or false is required"));
        out->date = date.toBool();
        return true;
    }

    bool details(const PrintTemplate &t, const QJsonValue &v, const QString &path, QList<PrintDetail> *out) const
    {
        if (!v.isUndefined() && !v.isArray())
            return fail(path, QStringLiteral("a list is required"));
        const QJsonArray rows = v.toArray();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            PrintDetail d;
            if (!detail(t, rows.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), &d))
                return false;
            out->append(d);
        }
        return true;
    }

    bool bands(const QJsonObject &root, PrintTemplate &t) const
    {
        const QJsonValue value = root.value(QStringLiteral("bands"));
        if (!value.isObject())
            return fail(QStringLiteral("bands"), QStringLiteral("an object is required"));
        const QJsonObject b = value.toObject();
        const QJsonArray parties = b.value(QStringLiteral("parties")).toArray();
        if (parties.size() > 2)
            return fail(QStringLiteral("bands.parties"), QStringLiteral("at most two parties are printed"));
        for (qsizetype i = 0; i < parties.size(); ++i) {
            const QString path = QStringLiteral("bands.parties[%1]").arg(i);
            const QJsonObject p = parties.at(i).toObject();
            const QString field = p.value(QStringLiteral("field")).toString();
            if (!documentParties().contains(field))
                return fail(path + QStringLiteral(".field"), QStringLiteral("\"%1\" is no party of the data (%2)")
                                                             .arg(field, documentParties().join(QStringLiteral(", "))));
            const QString text = p.value(QStringLiteral("text")).toString();
            if (!textKey(t, text, path))
                return false;
            t.bands.parties.append({text, field});
        }
        if (!parties.isEmpty() && (!textKey(t, QStringLiteral("ico"), QStringLiteral("bands.parties"))
                                   || !textKey(t, QStringLiteral("dic"), QStringLiteral("bands.parties"))))
            return false;
        const QJsonArray columns = b.value(QStringLiteral("details")).toArray();
        if (columns.size() > 2)
            return fail(QStringLiteral("bands.details"), QStringLiteral("one or two columns are required"));
        for (qsizetype i = 0; i < columns.size(); ++i) {
            QList<PrintDetail> column;
            if (!details(t, columns.at(i), QStringLiteral("bands.details[%1]").arg(i), &column))
                return false;
            t.bands.details.append(column);
        }
        if (!details(t, b.value(QStringLiteral("remarks")), QStringLiteral("bands.remarks"), &t.bands.remarks))
            return false;
        t.bands.summary = b.value(QStringLiteral("summary")).toString();
        if (!summaryKinds().contains(t.bands.summary))
            return fail(QStringLiteral("bands.summary"),
                        QStringLiteral("one of %1 is required").arg(summaryKinds().join(QStringLiteral(", "))));
        for (const QString &key : summaryTextKeys(t.bands.summary))
            if (!textKey(t, key, QStringLiteral("bands.summary")))
                return false;
        const QJsonValue qr = b.value(QStringLiteral("qr"));
        if (!qr.isUndefined() && !qr.isBool())
            return fail(QStringLiteral("bands.qr"), QStringLiteral("true or false is required"));
        t.bands.qr = qr.toBool();
        if (t.bands.qr && !textKey(t, QStringLiteral("qr_payment"), QStringLiteral("bands.qr")))
            return false;
        const QJsonArray signatures = b.value(QStringLiteral("signatures")).toArray();
        for (qsizetype i = 0; i < signatures.size(); ++i) {
            const QString key = signatures.at(i).toString();
            if (!textKey(t, key, QStringLiteral("bands.signatures[%1]").arg(i)))
                return false;
            t.bands.signatures.append(key);
        }
        return true;
    }

    bool number(const QJsonObject &o, const QString &key, const QString &path, double low, double high, double *out) const
    {
        const QJsonValue v = o.value(key);
        if (!v.isDouble())
            return fail(path + u'.' + key, QStringLiteral("a number is required"));
        if (v.toDouble() < low || v.toDouble() > high)
            return fail(path + u'.' + key, QStringLiteral("must be between %1 and %2").arg(low).arg(high));
        *out = v.toDouble();
        return true;
    }
};

} // namespace

std::optional<PrintTemplate> parsePrintTemplate(const QByteArray &json, const QString &source, QString *error,
                                                QString *errorPath)
{
    const Reader r{source, error, errorPath};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        r.fail(QStringLiteral("(document)"), parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                      : QStringLiteral("an object is required"));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    PrintTemplate t;
    t.form = root.value(QStringLiteral("form")).toString();
    if (t.form.isEmpty()) {
        r.fail(QStringLiteral("form"), QStringLiteral("the form's name is required"));
        return std::nullopt;
    }
    const QJsonObject page = root.value(QStringLiteral("page")).toObject();
    if (page.value(QStringLiteral("size")).toString() != QLatin1String("A4")) {
        r.fail(QStringLiteral("page.size"), QStringLiteral("only \"A4\" is supported"));
        return std::nullopt;
    }
    if (page.value(QStringLiteral("orientation")).toString(QStringLiteral("portrait")) != QLatin1String("portrait")) {
        r.fail(QStringLiteral("page.orientation"), QStringLiteral("only \"portrait\" is supported"));
        return std::nullopt;
    }
    const QJsonObject margins = page.value(QStringLiteral("marginsMm")).toObject();
    double left = 0, top = 0, right = 0, bottom = 0;
    const QString m = QStringLiteral("page.marginsMm");
    if (!r.number(margins, QStringLiteral("left"), m, 5, 40, &left) || !r.number(margins, QStringLiteral("top"), m, 5, 40, &top)
        || !r.number(margins, QStringLiteral("right"), m, 5, 40, &right)
        || !r.number(margins, QStringLiteral("bottom"), m, 5, 40, &bottom))
        return std::nullopt;
    t.marginsMm = QMarginsF(left, top, right, bottom);

    const QJsonArray languages = root.value(QStringLiteral("languages")).toArray();
    for (qsizetype i = 0; i < languages.size(); ++i) {
        const QString language = languages.at(i).toString();
        if (language != QLatin1String("cs") && language != QLatin1String("en")) {
            r.fail(QStringLiteral("languages[%1]").arg(i), QStringLiteral("cs or en is required"));
            return std::nullopt;
        }
        t.languages.append(language);
    }
    if (t.languages.isEmpty()) {
        r.fail(QStringLiteral("languages"), QStringLiteral("at least one language is required"));
        return std::nullopt;
    }

    const QJsonObject texts = root.value(QStringLiteral("texts")).toObject();
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        for (const QString &language : std::as_const(t.languages)) {
            const QString text = it.value().toObject().value(language).toString();
            if (text.isEmpty()) {
                r.fail(QStringLiteral("texts.%1.%2").arg(it.key(), language), QStringLiteral("a text is required"));
                return std::nullopt;
            }
            t.texts[it.key()].insert(language, text);
        }
    }
    for (const QString &key : documentTextKeys())
        if (!r.textKey(t, key, QStringLiteral("every form"))) // the title, page n / N, the draft mark, the footer
            return std::nullopt;
    if (!r.bands(root, t))
        return std::nullopt;

    const QJsonArray columns = root.value(QStringLiteral("lines")).toObject().value(QStringLiteral("columns")).toArray();
    double width = 0;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString path = QStringLiteral("lines.columns[%1]").arg(i);
        const QJsonObject c = columns.at(i).toObject();
        PrintColumn column;
        column.field = c.value(QStringLiteral("field")).toString();
        if (!documentLineFields().contains(column.field)) {
            r.fail(path + QStringLiteral(".field"), QStringLiteral("\"%1\" is no line field (%2)")
                                                        .arg(column.field, documentLineFields().join(QStringLiteral(", "))));
            return std::nullopt;
        }
        column.title = c.value(QStringLiteral("title")).toString();
        if (!t.texts.contains(column.title)) {
            r.fail(path + QStringLiteral(".title"), QStringLiteral("\"%1\" is no key of texts").arg(column.title));
            return std::nullopt;
        }
        if (!r.number(c, QStringLiteral("widthMm"), path, 5, 180, &column.widthMm))
            return std::nullopt;
        const QString align = c.value(QStringLiteral("align")).toString(QStringLiteral("left"));
        if (align != QLatin1String("left") && align != QLatin1String("right")) {
            r.fail(path + QStringLiteral(".align"), QStringLiteral("left or right is required"));
            return std::nullopt;
        }
        column.align = align == QLatin1String("right") ? Qt::AlignRight : Qt::AlignLeft;
        width += column.widthMm;
        t.columns.append(column);
    }
    if (t.columns.isEmpty()) {
        r.fail(QStringLiteral("lines.columns"), QStringLiteral("at least one column is required"));
        return std::nullopt;
    }
    const double printable = 210 - left - right;
    if (width > printable + 0.01) {
        r.fail(QStringLiteral("lines.columns"),
               QStringLiteral("the columns are %1 mm wide, the page has %2 mm between its margins").arg(width).arg(printable));
        return std::nullopt;
    }
    return t;
}

std::optional<PrintTemplate> builtInTemplate(const QString &form, QString *error)
{
    static QMutex mutex;
    static QHash<QString, PrintTemplate> loaded;
    const QMutexLocker lock(&mutex);
    if (const auto it = loaded.constFind(form); it != loaded.constEnd())
        return *it;
    const QString source = QStringLiteral("resources/print/%1.json").arg(form);
    QFile file(QStringLiteral(":/print/%1.json").arg(form));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: the template is missing").arg(source);
        return std::nullopt;
    }
    std::optional<PrintTemplate> t = parsePrintTemplate(file.readAll(), source, error);
    if (t && t->form != form) {
        *error = QStringLiteral("%1: form: \"%2\" is not the file's name").arg(source, t->form);
        return std::nullopt;
    }
    if (t)
        loaded.insert(form, *t);
    return t;
}

bool checkBuiltInTemplates(const QStringList &forms, QString *error)
{
    for (const QString &form : forms)
        if (!builtInTemplate(form, error))
            return false;
    return true;
}

} // namespace erp::print
