@echo off
rem Runs the inovasi command line from a release archive; needs Java 17 or newer.
rem Usage: bin\inovasi.cmd <command> --help
setlocal
set "HERE=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" %INOVASI_JAVA_OPTS% -jar "%HERE%\lib\inovasi.jar" %*
exit /b %ERRORLEVEL%
