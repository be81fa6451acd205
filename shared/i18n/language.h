#pragma once

#include <QString>
#include <QStringList>

namespace erp::i18n {

// Installs one translator into the application that answers in the language chosen for the
// calling thread (ThreadLanguage), or in defaultLanguage. The server uses it to answer every
// client in that client's language; programs with one user simply set the default.
// Translations are loaded on first use: ours from :/i18n/erp_<lang>.qm, Qt's own qtbase_<lang>.qm.
void installLanguageSwitch(const QString &defaultLanguage);
void setDefaultLanguage(const QString &language);
QString defaultLanguage();

// The language of messages built on this thread (ThreadLanguage), else the default.
QString currentLanguage();

// The languages we ship a translation for (English is the source language).
QStringList availableLanguages();
// Maps a locale name such as "cs_CZ" to a shipped language, or "en".
QString languageFor(const QString &localeName);

// Chooses the language for messages built on this thread for as long as it lives.
class ThreadLanguage
{
public:
    explicit ThreadLanguage(const QString &language);
    ~ThreadLanguage();
    ThreadLanguage(const ThreadLanguage &) = delete;
    ThreadLanguage &operator=(const ThreadLanguage &) = delete;

private:
    QString m_previous;
};

} // namespace erp::i18n
