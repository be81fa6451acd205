#pragma once

#include <QCborArray>
#include <QObject>

class QAction;
class QMenu;

namespace erp::app {

class ClientSession;
class ObjectForm;
class PdfPreviewDialog;

// A document form's Print command: print.forms {kind} says which printed forms the kind has;
// without any the command stays disabled. Ctrl+P prints the first form in the session's
// language (or the form's first language), the command's menu lists every form in every
// language. A new or modified document is saved first (what Ctrl+S does) and printed when
// the save succeeds; a failed save leaves the form's errors shown and prints nothing. The PDF
// of print.render opens in the print preview; a server error is shown in a message box.
class PrintMenu : public QObject
{
    Q_OBJECT

public:
    PrintMenu(ClientSession *session, ObjectForm *form, QAction *action);

    // print.forms' answer: [{name, title, languages}] (empty until it came, or for a kind without forms).
    const QCborArray &forms() const { return m_forms; }
    QMenu *menu() const { return m_menu; }
    bool isReady() const { return m_ready; }
    // Prints `form` in `language`, saving the document first when it needs it.
    void print(const QString &form, const QString &language);
    void printDefault();

Q_SIGNALS:
    // print.forms has answered and the command is set up.
    void ready();
    void previewOpened(erp::app::PdfPreviewDialog *dialog);
    void failed(const QString &message);

private:
    void setForms(const QCborArray &forms);
    void render(const QString &form, const QString &language);
    void showError(const QString &message);

    ClientSession *m_session;
    ObjectForm *m_form;
    QAction *m_action;
    QMenu *m_menu;
    QCborArray m_forms;
    QString m_pendingForm; // to print once the save started for it succeeds
    QString m_pendingLanguage;
    bool m_ready = false;
};

} // namespace erp::app
