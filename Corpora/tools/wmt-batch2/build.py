import sys; sys.path.insert(0,'/work/staging/mt3/tools'); from mk import mk
D=[]
def add(*a,**k): D.append((a,k))
H27='В течение года, в течение всего года'
add('wmt22','sah-ru','Lan-Bridge','42','wmt22-lanbridge-sakha42.ru',[
 (3,'семя семя семя семя семя семя семя семя семя семя семя семя семя семя семя семя семя семя семя семя семя семя семя семя семя семя семя семя семя семя семя семя семя семя семя семя семя семя','duplication'),
 (4,'"в прошлом','quotes'),
 (23,'утихло сердце твое, и утихло сердце твое','duplication'),
 (26,'скот скот скот скот скот скот скот скот скот скот скот скот скот скот скот скот скот скот скот скот скот скот скот скот скот скот скот скот скот скот скот скот скот скот скот скот скот скот скот','duplication'),
 (27,'В','sentences'),
 (27,'в течение всего года, в течение всего года, в течение всего дня, в течение всего года, в течение всего года, в течение всего года, в течение всего года, в течение всего года, в течение всего года, в течение всего года, в течение всего года, в течение всего года, в течение всего года, в течение всего года, в течение всего года, в течение всего времени, в течение всего времени, в течение всего времени, в течение всего времени, в течение всего времени, в течение всего времени, в течение всего периода времени, в течение всего времени, в течение всего периода времени, в течение всего периода времени, в течение всего периода времени, в течение всего периода времени, в течение всего периода времени, в течение всего периода времени, в течение всего периода времени, в течение всего периода времени, в течение всего времени, в течение всего периода времени, в течение всего периода времени, в течение всего периода времени, в течение всего периода времени, в течение','duplication'),
 (28,'В','sentences'),
])
add('wmt22','ja-en','Online-Y','yahoo-ja.265917','wmt22-onliney-yahooja265917.en',[
 (2,'“Talking','quotes'),
 (8,'from the viewpoint of grasping and taxing inheritance tax and gift tax more integrally, with the aim of building a tax system that is neutral to the selection of the timing of asset transfer','duplication'),
 (8,'We will','sentences'),
 (14,'Since','sentences'),
])
add('wmt21','ja-en','Online-G','yahoo-ja.978109','wmt21-onlineg-yahooja978109.en',[
 (1,'4"M','quotes'),(1,'n"s','quotes'),
 (2,'e"M','quotes'),(2,'n"s','quotes'),
 (7,'" (','spacing'),(7,'.T','sentences'),(7,'.B','sentences'),(7,',"G','quotes'),(7,'! ','spacing'),(7,'"He','quotes'),
 (8,'e"c','quotes'),(8,'4"o','quotes'),(8,'l"t','quotes'),
 (10,',"Y','quotes'),(10,'.O','sentences'),(10,'"E','quotes'),
 (11,'.t','sentences'),(11,'" O','spacing'),(11,'"T','quotes'),(11,'.B','sentences'),(11,'.T','sentences'),(11,'f"M','quotes'),(11,'n"w','quotes'),(11,'d"S','quotes'),
])
add('wmt22','fr-de','Online-B','lindependant.fr.12984','wmt22-onlineb-lindependant12984.de',[
 (2,'"100%','quotes'),
 (8,"Apprentis d'Apprentis",'duplication'),
 (8,'. in','sentences'),
])
add('wmt22','de-fr','LT22','t1_hme4l3f','wmt22-lt22-reddit-hme4l3f.fr',[
 (4,'te te te te te te te te','duplication'),
 (4,'pour toi pour toi','duplication'),
 (5,"d'un point de vue conservateur, d'un point de vue conservateur, d'un point de vue conservateur, d'un point de vue",'duplication'),
 (10,'!','spacing'),
])
add('wmt21','en-ru','NVIDIA-NeMo','foxnews.106543','wmt21-nvidianemo-foxnews106543.ru',[
 (4,'"','quotes',5),
 (4,'Это не так в Канзас-Сити.','duplication',2),
 (7,'"Нам не нужно больше топлива для огня со стороны федеральных агентов, чтобы сделать, я думаю, захватывающий политический вопрос", - сказал он.','duplication'),
 (7,'"Я думаю, что нам не нужно больше топлива для огня со стороны федеральных агентов".','duplication'),
])
add('wmt22','en-ja','JDExploreAcademy','rte.en.ie.26304','wmt22-jdexplore-rte26304.ja',[
 (3,'ワスプスのキャプテン、ブラッド・シールズがデイブ・キルコインへの危険なタックルで退場となり、','duplication',2),
])
add('wmt22','en-zh','DLUT','guardian.44758','wmt22-dlut-guardian44758.zh',[
 (16,'国际社会要求利比亚政治阶层坚持到12月24日选举日期的能力','duplication'),
 (16,' ）','spacing'),
])
if __name__=='__main__':
    only=sys.argv[1:] 
    for a,k in D:
        if not only or a[4] in only: mk(*a,**k)
