const lead = "梧州零距離網(wǎng)-梧州日報訊(記者 梁萍)12月30日,市政協(xié)舉行新年茶話會。全市各界人士代表歡聚一堂,暢敘友情,共話發(fā)展,展望未來。市委書記全桂壽出席茶話會並致辭。市長李杰云出席茶話會。";
import { fold } from '../src/text/fold.ts';
const folded = fold(lead);
const verb = /(?:(?:出席|主持)(?:会议|大会|\p{sc=Han}{1,6}?(?:茶话会|团拜会|座谈会|联欢会|招待会))?并(?:发表|作|做)?(?:重要)?(?:讲话|致辞))/u.exec(folded);
console.log(folded, verb);
