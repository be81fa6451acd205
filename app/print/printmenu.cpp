#include "printmenu.h"

#include "connection.h"
#include "core/clientsession.h"
#include "core/language.h"
#include "form/objectform.h"
#include "pdfpreview.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>

namespace erp::app {

using erp::client::Reply;

namespace {

QString languageTitle(const QString &language)
{
    if (language == QLatin1String("cs"))
        return PrintMenu::tr("Czech");
    if (language == QLatin1String("en"))
        return PrintMenu::tr("English");
    return language;
}

} // namespace

PrintMenu::PrintMenu(ClientSession *session, ObjectForm *form, QAction *action)
    : QObject(form), m_session(session), m_form(form), m_action(action), m_menu(new QMenu(form))
{
    m_menu->setObjectName(QStringLiteral("printForms"));
    connect(m_action, &QAction::triggered, this, &PrintMenu::printDefault);
    connect(m_form, &ObjectForm::saved, this, [this] {
        if (m_pendingForm.isEmpty())
            return;
        const QString pending = std::exchange(m_pendingForm, {});
        render(pending, std::exchange(m_pendingLanguage, {}));
    });
    connect(m_form, &ObjectForm::saveFailed, this, [this](const QString &message) {
        if (m_pendingForm.isEmpty())
            return;
        m_pendingForm.clear();
        Q_EMIT failed(message);
    });
    m_session->call(QStringLiteral("print.forms"), QCborMap{{QStringLiteral("kind"), m_form->kindName()}}, this,
                    [this](const Reply &r) {
                        if (!r.ok) {
                            m_action->setToolTip(r.error.message);
                            showError(r.error.message);
                            return;
                        }
                        setForms(r.result.toMap().value(QStringLiteral("forms")).toArray());
                    });
}

void PrintMenu::setForms(const QCborArray &forms)
{
    m_forms = forms;
    m_menu->clear();
    for (const QCborValue &f : forms) {
        const QString name = f.toMap().value(QStringLiteral("name")).toString();
        const QString title = f.toMap().value(QStringLiteral("title")).toString();
        for (const QCborValue &l : f.toMap().value(QStringLiteral("languages")).toArray()) {
            const QString language = l.toString();
            QAction *a = m_menu->addAction(tr("%1 (%2)").arg(title, languageTitle(language)));
            a->setObjectName(name + u':' + language);
            connect(a, &QAction::triggered, this, [this, name, language] { print(name, language); });
        }
    }
    if (!forms.isEmpty()) {
        m_action->setEnabled(true);
        m_action->setMenu(m_menu);
        m_action->setToolTip(tr("Print %1 (%2); the arrow lists the other forms and languages")
                                 .arg(forms.first().toMap().value(QStringLiteral("title")).toString(),
                                      QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
        for (QObject *o : m_action->associatedObjects())
            if (auto *button = qobject_cast<QToolButton *>(o))
                button->setPopupMode(QToolButton::MenuButtonPopup);
    }
    m_ready = true;
    Q_EMIT ready();
}

void PrintMenu::printDefault()
{
    if (m_forms.isEmpty())
        return;
    const QCborMap first = m_forms.first().toMap();
    const QCborArray languages = first.value(QStringLiteral("languages")).toArray();
    const QString session = currentLanguage();
    QString language = languages.isEmpty() ? session : languages.first().toString();
    for (const QCborValue &l : languages)
        if (l.toString() == session)
            language = session;
    print(first.value(QStringLiteral("name")).toString(), language);
}

void PrintMenu::print(const QString &form, const QString &language)
{
    if (!m_form->isLoaded())
        return;
    if (m_form->objectId() == 0 || m_form->isModified()) {
        m_pendingForm = form;
        m_pendingLanguage = language;
        m_form->save();
        return;
    }
    render(form, language);
}

void PrintMenu::render(const QString &form, const QString &language)
{
    const QCborMap call{{QStringLiteral("kind"), m_form->kindName()},
                        {QStringLiteral("id"), m_form->objectId()},
                        {QStringLiteral("form"), form},
                        {QStringLiteral("language"), language}};
    m_action->setEnabled(false);
    m_session->call(QStringLiteral("print.render"), call, this, [this](const Reply &r) {
        m_action->setEnabled(true);
        if (!r.ok) {
            showError(r.error.message);
            return;
        }
        const QCborMap answer = r.result.toMap();
        auto *dialog = new PdfPreviewDialog(answer.value(QStringLiteral("pdf")).toByteArray(),
                                            answer.value(QStringLiteral("filename")).toString(), m_form);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Print %1").arg(m_form->title()));
        dialog->show();
        Q_EMIT previewOpened(dialog);
    });
}

void PrintMenu::showError(const QString &message)
{
    Q_EMIT failed(message);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Print"), message, QMessageBox::Ok, m_form);
    box->setObjectName(QStringLiteral("printError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace erp::app
