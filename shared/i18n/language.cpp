#include "language.h"
#include "numberformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QMutex>
#include <QTranslator>

#include <map>
#include <memory>
#include <vector>

namespace erp::i18n {

namespace {

thread_local QString t_language;

class LanguageSwitch : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        const QString language = t_language.isEmpty() ? defaultLanguage() : t_language;
        if (language == QLatin1String("en"))
            return {};
        for (const QTranslator *t : translatorsFor(language)) {
            const QString text = t->translate(context, sourceText, disambiguation, n);
            if (!text.isNull())
                return text;
        }
        return {};
    }
    bool isEmpty() const override { return false; }

    QString m_default = QStringLiteral("en");
    mutable QMutex m_mutex;

private:
    std::vector<const QTranslator *> translatorsFor(const QString &language) const
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_loaded.find(language);
        if (it == m_loaded.end()) {
            std::vector<std::unique_ptr<QTranslator>> list;
            auto ours = std::make_unique<QTranslator>();
            if (ours->load(QStringLiteral(":/i18n/erp_%1.qm").arg(language)))
                list.push_back(std::move(ours));
            auto qt = std::make_unique<QTranslator>();
            if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                list.push_back(std::move(qt));
            it = m_loaded.emplace(language, std::move(list)).first;
        }
        std::vector<const QTranslator *> out;
        for (const auto &t : it->second)
            out.push_back(t.get());
        return out;
    }

    mutable std::map<QString, std::vector<std::unique_ptr<QTranslator>>> m_loaded;
};

LanguageSwitch *g_switch = nullptr;

} // namespace

void installLanguageSwitch(const QString &language)
{
    if (!g_switch) {
        g_switch = new LanguageSwitch;
        QCoreApplication::installTranslator(g_switch);
    }
    setDefaultLanguage(language);
}

void setDefaultLanguage(const QString &language)
{
    if (!g_switch)
        return;
    QMutexLocker lock(&g_switch->m_mutex);
    g_switch->m_default = languageFor(language);
}

QString defaultLanguage()
{
    if (!g_switch)
        return QStringLiteral("en");
    QMutexLocker lock(&g_switch->m_mutex);
    return g_switch->m_default;
}

QString currentLanguage()
{
    return t_language.isEmpty() ? defaultLanguage() : t_language;
}

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("cs")};
}

QString languageFor(const QString &localeName)
{
    const QString language = localeName.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
    return availableLanguages().contains(language) ? language : QStringLiteral("en");
}

ThreadLanguage::ThreadLanguage(const QString &language) : m_previous(t_language)
{
    t_language = languageFor(language);
}

ThreadLanguage::~ThreadLanguage()
{
    t_language = m_previous;
}

} // namespace erp::i18n
