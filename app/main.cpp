// erp-client: the desktop client.
#include "core/clientsession.h"
#include "core/language.h"
#include "login/logindialog.h"
#include "main/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ERP"));
    QApplication::setApplicationName(QStringLiteral("erp-client"));
    QApplication::setApplicationVersion(QStringLiteral(ERP_VERSION));
    erp::app::applyLanguage();

    auto *session = new erp::app::ClientSession(&app);
    erp::app::LoginDialog login(session);
    if (login.exec() != QDialog::Accepted)
        return 0;
    erp::app::MainWindow window(session);
    window.show();
    return app.exec();
}
